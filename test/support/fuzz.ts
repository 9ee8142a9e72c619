import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * A bounded, seeded operation generator driven by the schema: every root Query field, random
 * argument values (null, missing, empty, seed names, unknown names, long text, extreme integers,
 * floats, enums, odd cursors), passed as literals or as variables, with nested selections a few
 * levels deep. The same seed gives the same operations.
 */

/** mulberry32: a small, fast, seedable PRNG (deterministic across platforms). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzOperation {
  /** The root field the operation exercises. */
  field: string;
  query: string;
  variables: Record<string, unknown>;
  /** Every text value sent (error messages may legitimately echo them). */
  texts: string[];
}

const cursor = (raw: string) => Buffer.from(raw, 'utf8').toString('base64url');

/** Names from the seed graph (Chinese names, aliases and ids) and look-alikes that match nothing. */
const SEED_NAMES = [
  '惠济区',
  '新能源汽车',
  '航空港区',
  '电子信息',
  '高新区',
  '郑州市',
  '郑东新区',
  '经开区',
  '比亚迪',
  '三全',
  '宇通',
  '动力电池电芯',
  '现代食品产业链',
  '中原大数据中心',
  '郑州高新区',
  'zz-gaoxin',
  'zhengzhou',
  's001',
  's003',
  'NEV',
];
/** Names by the argument they fit, so look-ups with several names also get past the first one. */
const NAMES_BY_ARGUMENT: Record<string, readonly string[]> = {
  region: [
    '惠济区',
    '航空港区',
    '高新区',
    '郑州市',
    '郑东新区',
    '经开区',
    'zz-gaoxin',
    'zhengzhou',
  ],
  chain: ['新能源汽车', '电子信息', '动力电池', '氢能', 'nev', 'NEV', '新型储能'],
  segment: ['正极材料', '负极材料', '锂资源及锂盐', '三元前驱体', 'pb-cathode'],
  park: ['中原科技城', '均和云谷', '联东U谷', 'park-zhongyuan-kejicheng'],
  enterprise: ['比亚迪', '三全', '宇通', '中国广电', '河南省科学院', 'cbn'],
  project: ['中原大数据中心', '泛锐熠辉气凝胶项目', 'p-zhongyuan-bigdata-center'],
  cluster: ['电子信息产业集群', '汽车', '新材料', 'zz-cluster-auto'],
  source: ['s001', 's003', 's000'],
};
NAMES_BY_ARGUMENT.regions = NAMES_BY_ARGUMENT.region!;
NAMES_BY_ARGUMENT.parent = NAMES_BY_ARGUMENT.region!;

const UNKNOWN_NAMES = ['不存在的区', '火星产业园', 'nope', 'zz-nowhere', 'S001', '新能源', '区'];
const ODD_TEXT = [
  '',
  ' ',
  '\t\n',
  '"',
  '\\',
  '""',
  "'",
  '*',
  '?',
  'AND OR NOT',
  '~1',
  '%',
  '(){}[]^"~*?:\\/',
  '"}) DETACH DELETE n //',
  "') OPTIONAL MATCH (x) DETACH DELETE x RETURN 1 //",
  '${region}',
  '<script>alert(1)</script>',
  '😀🚗',
  'Ｎ Ｅ Ｖ',
  '０１２',
  'null',
  'undefined',
  '0',
  '-1',
  'o:3',
];
const CURSORS = [
  cursor('o:0'),
  cursor('o:3'),
  cursor('o:99'),
  cursor('o:-1'),
  cursor('o:2147483647'),
  cursor('o:9223372036854775807'),
  cursor('o:99999999999999999999999'),
  cursor('o:1e9'),
  cursor('x:1'),
  'abc',
  '!!!',
];
const INTS = [0, 1, -1, 2, 3, 5, 10, 20, 50, 100, 101, 200, 201, 500, 501, 2147483647, -2147483647];
const FLOATS = [0, 0.5, -0.5, 1, -1, 2, 3.14, 100, 1e-9, -1e-9, 1e15, 1e308, -1e308, 2147483647.5];

/** Where a text value goes, it is one of these (long texts built on demand). */
function randomText(r: () => number, pick: <T>(xs: readonly T[]) => T): string {
  const x = r();
  if (x < 0.4) return pick(SEED_NAMES);
  if (x < 0.55) return pick(UNKNOWN_NAMES);
  if (x < 0.75) return pick(ODD_TEXT);
  if (x < 0.85) return pick(CURSORS);
  // Long text: just under and over the server-wide cap, up to a few thousand characters.
  const length = pick([150, 199, 200, 201, 300, 1000, 3000]);
  const unit = pick(['新能源汽车', 'a', '区 ', '"\\']);
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

interface GenState {
  r: () => number;
  pick: <T>(xs: readonly T[]) => T;
  chance: (p: number) => boolean;
  texts: string[];
}

/** A value for an input type (JSON form, as a variable would carry it); may be "wrong" on purpose. */
function valueFor(type: GraphQLInputType, g: GenState, depth = 0, name = ''): unknown {
  if (isNonNullType(type)) {
    // Now and then a null for a non-null position: a validation error, never an internal one.
    if (g.chance(0.03)) return null;
    return valueFor(type.ofType, g, depth, name);
  }
  if (g.chance(0.12)) return null;
  if (isListType(type)) {
    const n = g.pick([0, 1, 1, 2, 3]);
    return Array.from({ length: n }, () => valueFor(type.ofType, g, depth + 1, name));
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return g.chance(0.03) ? 'NOT_A_VALUE' : g.pick(values);
  }
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    if (depth > 2) return out;
    for (const f of Object.values(type.getFields())) {
      // Required fields mostly given; optional ones now and then.
      if (isNonNullType(f.type) ? g.chance(0.95) : g.chance(0.35))
        out[f.name] = valueFor(f.type, g, depth + 1, f.name);
    }
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return g.chance(0.8) ? g.pick(INTS) : Math.floor(g.r() * 40) - 5;
      case 'Float':
        return g.pick(FLOATS);
      case 'Boolean':
        return g.chance(0.5);
      default: {
        const fitting = NAMES_BY_ARGUMENT[name];
        const text = fitting && g.chance(0.6) ? g.pick(fitting) : randomText(g.r, g.pick);
        g.texts.push(text);
        return text;
      }
    }
  }
  return null;
}

/** A GraphQL literal of a JSON value of the given type (strings JSON-escaped, enums bare). */
function literal(type: GraphQLInputType, value: unknown): string {
  if (value === null || value === undefined) return 'null';
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return `[${(value as unknown[]).map((v) => literal(t.ofType, v)).join(', ')}]`;
  if (isEnumType(t)) return String(value);
  if (isInputObjectType(t)) {
    const fields = t.getFields();
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(fields[k]!.type, v)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : value.toExponential();
  return String(value);
}

class OperationBuilder {
  private readonly vars: string[] = [];
  readonly variables: Record<string, unknown> = {};

  constructor(
    private readonly g: GenState,
    private readonly useVariables: boolean,
  ) {}

  /** The argument list of a field, e.g. `(first: 2, region: $v3)`; arguments may be left out. */
  args(args: readonly GraphQLArgument[], nested: boolean): string {
    const parts: string[] = [];
    for (const a of args) {
      const required = isNonNullType(a.type);
      // Required arguments are rarely left out (that is a validation error); optional ones often.
      if (required ? this.g.chance(0.03) : this.g.chance(0.4)) continue;
      let value = valueFor(a.type, this.g, 0, a.name);
      // Nested lists: small page sizes mostly, so the selections stay cheap.
      if (nested && a.name === 'first' && this.g.chance(0.8)) value = this.g.pick([0, 1, 2, 3]);
      if (this.useVariables) {
        const name = `v${this.vars.length}`;
        this.vars.push(`$${name}: ${String(a.type)}`);
        // A declared variable may also be left out of the variables object.
        if (!this.g.chance(0.05)) this.variables[name] = value;
        parts.push(`${a.name}: $${name}`);
      } else {
        parts.push(`${a.name}: ${literal(a.type, value)}`);
      }
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /** A selection set for an output type, at most `depth` object levels deep. */
  selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type) as GraphQLNamedType;
    if (isLeafType(named)) return '';
    if (isUnionType(named)) {
      const members = named.getTypes();
      const chosen = members.filter(() => this.g.chance(0.4));
      return `{ __typename ${chosen.map((m) => `... on ${m.name} ${this.objectSelection(m, depth)}`).join(' ')} }`;
    }
    if (isObjectType(named) || isInterfaceType(named))
      return this.objectSelection(named as GraphQLObjectType, depth);
    return '';
  }

  private objectSelection(type: GraphQLObjectType, depth: number): string {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const objects = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    const parts: string[] = [];
    const chosenLeaves = leaves.filter(() => this.g.chance(0.5));
    if (!chosenLeaves.length && leaves.length) chosenLeaves.push(this.g.pick(leaves));
    for (const f of chosenLeaves) parts.push(`${f.name}${this.args(f.args, true)}`);
    if (depth > 0) {
      // Connections: always their edges, so a page is really fetched.
      const maxObjects = type.name.endsWith('Connection') ? 3 : 2;
      const chosen = objects.filter(() => this.g.chance(0.3)).slice(0, maxObjects);
      if (type.name.endsWith('Connection') || type.name.endsWith('Edge')) {
        for (const f of objects) if (!chosen.includes(f)) chosen.push(f);
      }
      for (const f of chosen) this.field(f, depth - 1, parts);
    }
    if (!parts.length) parts.push('__typename');
    return `{ ${parts.join(' ')} }`;
  }

  private field(f: GraphQLField<unknown, unknown>, depth: number, into: string[]): void {
    const sel = this.selection(f.type, depth);
    into.push(`${f.name}${this.args(f.args, true)} ${sel}`);
  }

  /** The whole operation for one root field. */
  operation(root: GraphQLField<unknown, unknown>, depth: number): string {
    const body = `${root.name}${this.args(root.args, false)} ${this.selection(root.type, depth)}`;
    const head = this.vars.length ? `query Fuzz(${this.vars.join(', ')})` : 'query Fuzz';
    return `${head} { ${body} }`;
  }
}

/**
 * `count` operations over the root Query fields of the schema, in turn (every field gets about
 * count / fields operations), from the seed.
 */
export function generateOperations(
  schema: GraphQLSchema,
  count: number,
  seed: number,
): FuzzOperation[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const roots = Object.values(schema.getQueryType()!.getFields()).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const out: FuzzOperation[] = [];
  for (let i = 0; i < count; i++) {
    const root = roots[i % roots.length]!;
    const g: GenState = { r, pick, chance, texts: [] };
    const builder = new OperationBuilder(g, chance(0.6));
    const query = builder.operation(root, pick([1, 2, 2, 3]));
    out.push({ field: root.name, query, variables: builder.variables, texts: g.texts });
  }
  return out;
}

/** Text in a response that must never reach a client: stacks, Cypher, source paths. */
export const LEAK_MARKERS = ['    at ', 'MATCH (', 'RETURN ', '/work/', 'node_modules', '.ts:'];

/**
 * The markers found in a response body, after removing every text the operation itself sent
 * (an error may quote the argument it refuses, e.g. an injection attempt).
 */
export function leaksIn(body: string, sent: readonly string[]): string[] {
  let text = body;
  const forms = new Set<string>();
  for (const s of sent) {
    if (!s) continue;
    forms.add(s);
    forms.add(s.trim());
    forms.add(JSON.stringify(s).slice(1, -1));
    forms.add(JSON.stringify(s.trim()).slice(1, -1));
    // Messages that quote the value inside JSON (a JSON-escaped JSON string).
    forms.add(JSON.stringify(JSON.stringify(s)).slice(1, -1));
  }
  for (const f of [...forms].filter(Boolean).sort((a, b) => b.length - a.length))
    text = text.split(f).join('');
  return LEAK_MARKERS.filter((m) => text.includes(m));
}
