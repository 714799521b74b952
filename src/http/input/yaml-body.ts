// YAML request bodies for the admin API (a scenario pasted or sent as YAML): parsed like fixture files; a
// syntax error is a 400 naming its line and column.
import type { FastifyInstance } from 'fastify';
import { parseYaml } from '../../scenarios/load.js';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];

export function acceptYaml(scope: FastifyInstance, bodyLimit: number): void {
  scope.addContentTypeParser(YAML_TYPES, { parseAs: 'string', bodyLimit }, (_request, body, done) => {
    const parsed = parseYaml(body as string);
    if (parsed.ok) return done(null, parsed.value);
    const problems = parsed.problems.map((problem) => problem.replace(/^\(file\): /, ''));
    done(Object.assign(new Error(problems.join('; ')), { statusCode: 400 }), undefined);
  });
}
