// YAML request bodies for the admin API (a scenario pasted or sent as YAML): parsed like fixture files; a
// syntax error is a 400 naming its line and column. YAML parses about a hundred times slower than JSON (a
// megabyte of keys takes seconds, all of it blocking), so a YAML body is limited to 256 KiB: send larger as JSON.
import type { FastifyInstance } from 'fastify';
import { parseYaml } from '../../scenarios/load.js';
import { bodyTooLargeMessage } from '../refusals/body-limit.js';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];

/** The largest YAML body: about a third of a second to parse on a slow machine. */
const YAML_BODY_LIMIT = 256 * 1024;

/** Whether a content type is one of the YAML types the admin API reads. */
function isYamlType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return YAML_TYPES.includes(type);
}

/** What an admin body past its limit is told: YAML's own limit when it is the lower, else --body-limit. */
export function tooLargeMessage(contentType: string | undefined, bodyLimit: number | undefined): string {
  if (isYamlType(contentType) && (bodyLimit === undefined || bodyLimit > YAML_BODY_LIMIT)) {
    return `The YAML body is larger than ${YAML_BODY_LIMIT / 1024} KiB, the limit for YAML (it parses slowly): send it as JSON (application/json), up to --body-limit.`;
  }
  return bodyTooLargeMessage(bodyLimit);
}

export function acceptYaml(scope: FastifyInstance, bodyLimit: number): void {
  scope.addContentTypeParser(YAML_TYPES, { parseAs: 'string', bodyLimit: Math.min(bodyLimit, YAML_BODY_LIMIT) }, (_request, body, done) => {
    const parsed = parseYaml(body as string);
    if (parsed.ok) return done(null, parsed.value);
    const problems = parsed.problems.map((problem) => problem.replace(/^\(file\): /, ''));
    done(Object.assign(new Error(problems.join('; ')), { statusCode: 400 }), undefined);
  });
}
