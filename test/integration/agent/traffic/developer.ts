// Agent-traffic cases, developer and knowledge tools: GitHub, files, SQL, a shell, documentation and web
// search, fetching a page, a calculator, translation, images, news and tickets (MCP and Codex styles).
import { looseTool, schema, strictTool, type AgentCase } from './case.js';

const { str, int, num, oneOf, list } = schema;

const issue = looseTool('create_github_issue', 'Create an issue in a GitHub repository.', { properties: {
  owner: str(), repo: str(), title: str(), body: str(), labels: list(str()),
}, required: ['owner', 'repo', 'title'] });
const pullRequest = looseTool('create_pull_request', 'Open a pull request.', { properties: {
  repo: str('owner/name'), title: str(), head: str('Branch with the changes'), base: str('Branch to merge into'),
}, required: ['repo', 'title', 'head', 'base'] });
const listIssues = looseTool('list_issues', 'List issues in a repository.', { properties: {
  repo: str('owner/name'), state: oneOf(['open', 'closed', 'all']), labels: list(str()),
}, required: ['repo'] });
const readFile = strictTool('read_file', 'Read a file from the workspace.', { path: str('Path relative to the workspace root') });
const writeFile = strictTool('write_file', 'Write text to a file, replacing it.', { path: str(), content: str() });
const sql = strictTool('run_sql', 'Run a read-only SQL query against the analytics database.', { query: str('The SQL query') });
const shell = looseTool('exec_command', 'Run a shell command in the sandbox.', { properties: { cmd: str(), workdir: str() }, required: ['cmd'] });
const docs = looseTool('search_docs', 'Search the product documentation.', { properties: {
  query: str(), top_k: int('How many passages to return', { minimum: 1, maximum: 20 }),
}, required: ['query'] });
const webSearch = looseTool('web_search', 'Search the web.', { properties: { query: str() }, required: ['query'] });
const fetchUrl = strictTool('fetch_url', 'Fetch a web page as markdown.', { url: str() });
const calculator = strictTool('calculator', 'Evaluate a math expression.', { expression: str('e.g. 2 * (3 + 4)') });
const sum = strictTool('sum', 'Add numbers together.', { numbers: list(num(), 'The numbers to add') });
const translate = strictTool('translate', 'Translate text into another language.', { text: str(), target_language: str() });
const grep = looseTool('search_code', 'Search the codebase for a pattern.', { properties: { pattern: str(), path: str() }, required: ['pattern'] });
const image = looseTool('generate_image', 'Generate an image from a prompt.', { properties: {
  prompt: str(), size: oneOf(['256x256', '512x512', '1024x1024']),
}, required: ['prompt'] });
const news = looseTool('get_news', 'Latest news headlines about a topic.', { properties: {
  topic: str(), limit: int(undefined, { minimum: 1, maximum: 50 }),
}, required: ['topic'] });
const ticket = strictTool('update_ticket_status', 'Change the status of a ticket.', {
  ticket_id: str(), status: oneOf(['todo', 'in_progress', 'in_review', 'done']),
});
const user = strictTool('get_user', 'Fetch a user profile.', { user_id: str() });

export const developerCases: AgentCase[] = [
  {
    tool: issue,
    prompt: "Open an issue in vercel/next.js titled 'Build fails on Windows' with the label bug",
    expect: { owner: 'vercel', repo: 'next.js', title: 'Build fails on Windows', labels: ['bug'] },
  },
  { tool: pullRequest, prompt: "Open a PR in acme/api from feature/login into main titled 'Add login page'", expect: { repo: 'acme/api', head: 'feature/login', base: 'main', title: 'Add login page' } },
  { tool: listIssues, prompt: 'Show me the open issues in facebook/react', expect: { repo: 'facebook/react', state: 'open' } },
  { tool: readFile, prompt: "Show me what's in src/index.ts", expect: { path: 'src/index.ts' } },
  { tool: writeFile, prompt: "Create notes/todo.md containing '- buy milk'", expect: { path: 'notes/todo.md', content: '- buy milk' } },
  { tool: sql, prompt: 'Run `SELECT count(*) FROM users WHERE active` on analytics', expect: { query: 'SELECT count(*) FROM users WHERE active' } },
  { tool: sql, prompt: 'How many orders did we get in March? Use SELECT count(*) FROM orders WHERE month = 3', expect: { query: 'SELECT count(*) FROM orders WHERE month = 3' } },
  { tool: shell, prompt: 'Run `npm test -- --watch=false` in /srv/app', expect: { cmd: 'npm test -- --watch=false', workdir: '/srv/app' } },
  { tool: docs, prompt: 'Search the docs for how to configure retries, top 3', expect: { query: /^how to configure retries$/, top_k: 3 } },
  { tool: webSearch, prompt: 'Look up the latest Node.js LTS release', expect: { query: /^(?:the )?latest Node\.js LTS release$/ } },
  { tool: fetchUrl, prompt: 'Summarize https://example.com/blog/post-1 for me', expect: { url: 'https://example.com/blog/post-1' } },
  { tool: calculator, prompt: 'What is (17 + 25) * 3?', expect: { expression: '(17 + 25) * 3' } },
  { tool: sum, prompt: 'Sum 3, 4 and 5', expect: { numbers: [3, 4, 5] } },
  { tool: translate, prompt: "Translate 'Where is the train station?' into Japanese", expect: { text: 'Where is the train station?', target_language: /^(Japanese|ja)$/ } },
  { tool: grep, prompt: 'Find every TODO in src/engine', expect: { pattern: 'TODO', path: 'src/engine' } },
  { tool: image, prompt: 'Generate an image of a red fox in the snow, 1024x1024', expect: { prompt: /^(?:an? )?red fox in the snow$/, size: '1024x1024' } },
  { tool: news, prompt: 'Give me 5 headlines about electric cars', expect: { topic: 'electric cars', limit: 5 } },
  { tool: ticket, prompt: 'Mark PROJ-142 as done', expect: { ticket_id: 'PROJ-142', status: 'done' } },
  { tool: user, prompt: 'Fetch the profile for user 4821', expect: { user_id: '4821' } },
];
