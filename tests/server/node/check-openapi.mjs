// Checks the service's OpenAPI document: valid OpenAPI 3.1 (the official JSON schema, through
// @seriousme/openapi-schema-validator), every example valid against its own schema, and, given a
// file of real answers, each answer valid against the schema its operation documents for that
// status (so an example the service no longer answers like fails).
// usage: node check-openapi.mjs DOCUMENT.json [ANSWERS.json]
//   ANSWERS.json: [{"method":"get","path":"/api/v1/parties/{id}","status":200,"body":{...}}]
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [documentFile, answersFile] = process.argv.slice(2);
const document = JSON.parse(readFileSync(documentFile, 'utf8'));
const problems = [];

const validator = new Validator();
const result = await validator.validate(structuredClone(document));
if (!result.valid)
  problems.push(`not a valid OpenAPI ${document.openapi} document: ${JSON.stringify(result.errors).slice(0, 2000)}`);

// The document's own components, put in place of their references.
function resolve(schema) {
  if (Array.isArray(schema)) return schema.map(resolve);
  if (schema === null || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(document.components.schemas[name]);
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, resolve(value)]));
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
function check(where, schema, value) {
  const validate = ajv.compile(resolve(schema));
  if (!validate(value))
    problems.push(`${where}: ${ajv.errorsText(validate.errors)}`);
}

function mediaTypes(where, content) {
  for (const [type, media] of Object.entries(content ?? {})) {
    if (!type.includes('json')) continue;
    if ('example' in media) check(`${where} ${type} example`, media.schema, media.example);
    for (const [name, example] of Object.entries(media.examples ?? {}))
      check(`${where} ${type} example ${name}`, media.schema, example.value);
  }
}

for (const [path, item] of Object.entries(document.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    const where = `${method.toUpperCase()} ${path}`;
    mediaTypes(`${where} request`, operation.requestBody?.content);
    for (const [status, response] of Object.entries(operation.responses ?? {}))
      mediaTypes(`${where} ${status}`, response.content);
  }
}

if (answersFile) {
  const answers = JSON.parse(readFileSync(answersFile, 'utf8'));
  for (const answer of answers) {
    const where = `${answer.method.toUpperCase()} ${answer.path} answered ${answer.status}`;
    const response = document.paths[answer.path]?.[answer.method]?.responses?.[String(answer.status)];
    const schema = response?.content?.['application/json']?.schema;
    if (!schema) {
      problems.push(`${where}: the document has no JSON answer for that status`);
      continue;
    }
    check(where, schema, answer.body);
  }
  console.log(`checked ${answers.length} answers of the service`);
}

for (const problem of problems) console.log(problem);
console.log(problems.length === 0 ? 'ok' : `${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
