/**
 * CVSS vectors: strict validation and scoring (CVSS 3.0, 3.1 and 4.0).
 *
 * Pure: no I/O, no clock. All arithmetic is done by `ae-cvss-calculator`; this module only
 * decides which vectors are acceptable, asks the library for the scores and shapes the result.
 * The library itself is lenient (it ignores duplicates and empty components, accepts any or no
 * prefix, accepts `X` for base metrics and full value names, and logs `console.warn` for some
 * malformed parts), so every vector is validated here first and reaches the library only when
 * it is well formed.
 */
import pkg from 'ae-cvss-calculator';

const { Cvss3P0, Cvss3P1, Cvss4P0 } = pkg;

// The library's index does not re-export its score result types; take them from the classes.
type MultiScoreResult = ReturnType<InstanceType<typeof Cvss3P1>['calculateScores']>;
type V4ScoreResult = ReturnType<InstanceType<typeof Cvss4P0>['calculateScores']>;

export type CvssVersion = '3.0' | '3.1' | '4.0';

/** FIRST's qualitative severity rating scale. */
export type CvssSeverity = 'none' | 'low' | 'medium' | 'high' | 'critical';

export interface CvssScore {
  version: CvssVersion;
  /** The vector as given, trimmed; metric order is kept as the author wrote it. */
  vector: string;
  /** 3.x: the base score. 4.0: the CVSS-B score (base metrics only, threat/environmental ignored). */
  baseScore: number;
  /** 3.x: the temporal score, equal to the base score when no temporal metric is set. 4.0: null. */
  temporalScore: number | null;
  /**
   * 3.x: the environmental score, with every environmental metric that is not set at its
   * default (so it also exists for vectors without environmental metrics; it can differ from
   * the base score, e.g. 3.1 with `S:C`). 4.0: null — the 4.0 `score` already includes them.
   */
  environmentalScore: number | null;
  /** The overall score: 3.x the base score; 4.0 the score of all metrics given (CVSS-B/BT/BE/BTE). */
  score: number;
  /** Qualitative rating of `score`. */
  severity: CvssSeverity;
}

export type ParseCvssResult = { ok: true; value: CvssScore } | { ok: false; message: string };

/** Longest input accepted, in characters (a 4.0 vector with every metric is about 200). */
export const CVSS_MAX_LENGTH = 512;

type AnyVector =
  InstanceType<typeof Cvss3P0> | InstanceType<typeof Cvss3P1> | InstanceType<typeof Cvss4P0>;

interface VersionSpec {
  version: CvssVersion;
  prefix: string;
  /** Base metrics every vector must define (never `X`). */
  mandatory: readonly string[];
  /** Metric key → the value abbreviations the specification allows for it. */
  allowed: ReadonlyMap<string, ReadonlySet<string>>;
  create: (vector: string) => AnyVector;
}

const MANDATORY_3 = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'] as const;
const MANDATORY_4 = ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'] as const;

/**
 * The metric/value table comes from the library's own component registry, so it cannot drift
 * from what the library scores. Left out: values the library marks hidden (4.0 `SC/SI/SA:S`,
 * which the specification defines only for the modified metrics MSI/MSA) and `X` (not defined)
 * for the mandatory base metrics.
 */
function allowedValues(sample: AnyVector, mandatory: readonly string[]): Map<string, Set<string>> {
  const table = new Map<string, Set<string>>();
  for (const components of sample.getRegisteredComponents().values()) {
    for (const component of components) {
      const isBase = mandatory.includes(component.shortName);
      const values = component.values
        .filter((v) => v.hide !== true && !(isBase && v.shortName === 'X'))
        .map((v) => v.shortName);
      table.set(component.shortName, new Set(values));
    }
  }
  return table;
}

function versionSpec(
  version: CvssVersion,
  mandatory: readonly string[],
  create: (vector: string) => AnyVector,
): VersionSpec {
  return {
    version,
    prefix: `CVSS:${version}/`,
    mandatory,
    allowed: allowedValues(create(''), mandatory),
    create,
  };
}

const SPECS: readonly VersionSpec[] = [
  versionSpec('3.0', MANDATORY_3, (v) => new Cvss3P0(v)),
  versionSpec('3.1', MANDATORY_3, (v) => new Cvss3P1(v)),
  versionSpec('4.0', MANDATORY_4, (v) => new Cvss4P0(v)),
];

const COMPONENT = /^([A-Za-z]+):([A-Za-z]+)$/;

const fail = (message: string): ParseCvssResult => ({ ok: false, message });

/** Validates a CVSS 3.0, 3.1 or 4.0 vector string and scores it. Never throws. */
export function parseCvss(input: string): ParseCvssResult {
  if (typeof input !== 'string') return fail('CVSS vector must be a string');
  if (input.length > CVSS_MAX_LENGTH) {
    return fail(`CVSS vector is longer than ${CVSS_MAX_LENGTH} characters`);
  }
  const vector = input.trim();
  if (vector.length === 0) return fail('CVSS vector is empty');
  if (/\s/.test(vector)) return fail('CVSS vector must not contain whitespace');

  const spec = SPECS.find((s) => vector.startsWith(s.prefix));
  if (spec === undefined) return fail(prefixProblem(vector));
  const body = vector.slice(spec.prefix.length);
  if (body.length === 0) return fail(`CVSS ${spec.version} vector has no metrics`);
  const seen = new Map<string, string>();
  const parts = body.split('/');
  for (const [index, part] of parts.entries()) {
    if (part.length === 0) {
      return fail(
        `CVSS vector has an empty component at position ${index + 1} (check for "//" or a trailing "/")`,
      );
    }
    const match = COMPONENT.exec(part);
    if (match === null) {
      return fail(`CVSS vector component "${part}" is not of the form METRIC:VALUE`);
    }
    const key = match[1] ?? '';
    const value = match[2] ?? '';
    const allowed = spec.allowed.get(key);
    if (allowed === undefined) {
      return fail(`CVSS vector component "${part}": "${key}" is not a CVSS ${spec.version} metric`);
    }
    if (!allowed.has(value)) {
      return fail(
        `CVSS vector component "${part}": "${value}" is not a valid value for ${key} in CVSS ${spec.version} (allowed: ${[...allowed].join(', ')})`,
      );
    }
    if (seen.has(key)) {
      return fail(
        `CVSS vector defines ${key} more than once ("${key}:${seen.get(key) ?? ''}" and "${part}")`,
      );
    }
    seen.set(key, value);
  }

  const missing = spec.mandatory.filter((key) => !seen.has(key));
  if (missing.length > 0) {
    return fail(`CVSS ${spec.version} vector is missing base metric(s) ${missing.join(', ')}`);
  }

  try {
    return { ok: true, value: score(spec, vector, seen) };
  } catch (error) {
    // Not expected after the checks above; kept so that a library surprise is a rejection, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`CVSS vector could not be scored: ${reason}`);
  }
}

const SUPPORTED =
  'only CVSS 3.0, 3.1 and 4.0 are accepted (prefix CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/)';

function prefixProblem(vector: string): string {
  const version = /^CVSS:(\d+\.\d+)/.exec(vector)?.[1];
  if (version === undefined) {
    return `CVSS vector must start with its version; ${SUPPORTED}; CVSS 2.0 vectors are not accepted`;
  }
  if (SPECS.some((s) => s.version === version)) {
    return `CVSS ${version} vector must continue with "/" and its metrics after "CVSS:${version}"`;
  }
  return `CVSS version ${version} is not supported; ${SUPPORTED}`;
}

function score(spec: VersionSpec, vector: string, metrics: ReadonlyMap<string, string>): CvssScore {
  if (spec.version === '4.0') {
    const result = spec.create(vector).calculateScores() as V4ScoreResult;
    const overall = result.overall;
    return {
      version: spec.version,
      vector,
      baseScore: required(result.baseMetricsOnly, 'base'),
      temporalScore: null,
      environmentalScore: null,
      score: overall,
      severity: cvssSeverity(overall),
    };
  }

  // The library computes the environmental score only once an environmental metric is set.
  // An unset CR (or CR:X, not defined) weighs what CR:M weighs (1), so setting it changes no
  // score and makes the one calculation answer the environmental score with every unset metric
  // at its default.
  const scored = spec.create(vector);
  if ((metrics.get('CR') ?? 'X') === 'X') scored.applyComponentString('CR', 'M');
  const result = scored.calculateScores() as MultiScoreResult;
  const base = required(result.base, 'base');
  return {
    version: spec.version,
    vector,
    baseScore: base,
    temporalScore: result.temporal ?? base,
    environmentalScore: required(result.environmental, 'environmental'),
    score: base,
    severity: cvssSeverity(base),
  };
}

function required(value: number | undefined, name: string): number {
  if (value === undefined || !Number.isFinite(value)) {
    throw new Error(`the CVSS library returned no ${name} score`);
  }
  return value;
}

/**
 * FIRST's qualitative rating: 0.0 none, 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high,
 * 9.0–10.0 critical. Scores are expected to have one decimal; anything in between is rated by
 * the band it falls into (e.g. 3.95 is medium). Throws for values outside 0–10.
 */
export function cvssSeverity(score: number): CvssSeverity {
  if (!Number.isFinite(score) || score < 0 || score > 10) {
    throw new RangeError(`CVSS score must be between 0 and 10, got ${score}`);
  }
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}
