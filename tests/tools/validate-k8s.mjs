// Validates Kubernetes objects offline: reads rendered manifests (multi-document YAML, from a file or stdin) and checks
// every object against a schema. Built-in kinds: the Kubernetes OpenAPI schemas shipped by `kubernetes-models`; KEDA:
// `@kubernetes-models/keda`; the other custom resources: the schemas in ./k8s-schemas (written for this repository).
// An object of a kind with no schema is an error, not a silent pass.
//   node validate-k8s.mjs rendered.yaml      prints one line per object and exits 1 on any problem
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const here = path.dirname(fileURLToPath(import.meta.url));

// Custom resources validated with the schemas of ./k8s-schemas, by apiVersion and kind.
const localSchemas = {
  "rabbitmq.com/v1beta1/RabbitmqCluster": "rabbitmq.com_v1beta1_RabbitmqCluster.json",
  "mongodbcommunity.mongodb.com/v1/MongoDBCommunity": "mongodbcommunity.mongodb.com_v1_MongoDBCommunity.json",
  "dapr.io/v1alpha1/Configuration": "dapr.io_v1alpha1_Configuration.json",
  "dapr.io/v1alpha1/Resiliency": "dapr.io_v1alpha1_Resiliency.json",
};

// API groups whose models come from an npm package (module path prefix).
const modelPackages = {
  "keda.sh": "@kubernetes-models/keda/keda.sh",
};

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map();

function localValidator(key) {
  if (!compiled.has(key)) {
    const schema = JSON.parse(readFileSync(path.join(here, "k8s-schemas", localSchemas[key]), "utf8"));
    compiled.set(key, ajv.compile(schema));
  }
  return compiled.get(key);
}

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const prefix = modelPackages[group] ?? (group === "" ? "kubernetes-models" : `kubernetes-models/${group}`);
  try {
    const module = await import(`${prefix}/${version}/${kind}`);
    return module[kind] ?? null;
  } catch {
    return null;
  }
}

function describe(errors) {
  return errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`).join("; ");
}

async function validate(object) {
  if (!object || typeof object !== "object" || typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
    return "not a Kubernetes object (apiVersion and kind are required)";
  }

  const key = `${object.apiVersion}/${object.kind}`;
  if (localSchemas[key]) {
    const check = localValidator(key);
    return check(object) ? null : describe(check.errors);
  }

  const Model = await modelFor(object.apiVersion, object.kind);
  if (!Model) {
    return `no schema for ${key}`;
  }

  // kustomize folds long base64 values of a Secret's data over several lines; the API server's base64 decoder ignores
  // line breaks, so they are removed before the "byte" format is checked.
  if (object.apiVersion === "v1" && object.kind === "Secret" && object.data && typeof object.data === "object") {
    object = { ...object, data: Object.fromEntries(Object.entries(object.data).map(([k, v]) => [k, typeof v === "string" ? v.replace(/[\r\n]/g, "") : v])) };
  }

  try {
    new Model(object).validate();
    return null;
  } catch (e) {
    return e.errors ? describe(e.errors) : String(e.message ?? e);
  }
}

const source = process.argv[2] && process.argv[2] !== "-" ? readFileSync(process.argv[2], "utf8") : readFileSync(0, "utf8");
const documents = parseAllDocuments(source);
let failures = 0;
let count = 0;
for (const document of Array.isArray(documents) ? documents : [documents]) {
  if (document.errors.length > 0) {
    failures++;
    console.log(`INVALID YAML: ${document.errors.map((e) => e.message).join("; ")}`);
    continue;
  }

  const object = document.toJS();
  if (object === null || object === undefined) {
    continue;
  }

  count++;
  const name = `${object.kind ?? "?"} ${object.metadata?.namespace ? `${object.metadata.namespace}/` : ""}${object.metadata?.name ?? "?"}`;
  const problem = await validate(object);
  if (problem) {
    failures++;
    console.log(`INVALID ${name}: ${problem}`);
  } else {
    console.log(`ok ${name}`);
  }
}

console.log(`${count} objects, ${failures} invalid`);
process.exit(failures === 0 && count > 0 ? 0 : 1);
