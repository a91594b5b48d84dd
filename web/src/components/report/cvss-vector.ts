/**
 * Building a CVSS vector from the calculator's metric choices, and reading a pasted vector back
 * into choices. Only the base metrics are offered; other metrics of a pasted vector are kept as
 * they are. Scoring is the server's job (`GET /api/v1/cvss/score`).
 */
export const CVSS_VERSIONS = ['3.1', '4.0'] as const;
export type CvssVersion = (typeof CVSS_VERSIONS)[number];

export interface CvssMetric {
  /** The metric's abbreviation in the vector, e.g. `AV`. */
  key: string;
  /** Its values in the vector, e.g. `N`, `A`, `L`, `P`. */
  values: readonly string[];
}

const IMPACT = ['H', 'L', 'N'] as const;

export const CVSS_METRICS: Record<CvssVersion, readonly CvssMetric[]> = {
  '3.1': [
    { key: 'AV', values: ['N', 'A', 'L', 'P'] },
    { key: 'AC', values: ['L', 'H'] },
    { key: 'PR', values: ['N', 'L', 'H'] },
    { key: 'UI', values: ['N', 'R'] },
    { key: 'S', values: ['U', 'C'] },
    { key: 'C', values: IMPACT },
    { key: 'I', values: IMPACT },
    { key: 'A', values: IMPACT },
  ],
  '4.0': [
    { key: 'AV', values: ['N', 'A', 'L', 'P'] },
    { key: 'AC', values: ['L', 'H'] },
    { key: 'AT', values: ['N', 'P'] },
    { key: 'PR', values: ['N', 'L', 'H'] },
    { key: 'UI', values: ['N', 'P', 'A'] },
    { key: 'VC', values: IMPACT },
    { key: 'VI', values: IMPACT },
    { key: 'VA', values: IMPACT },
    { key: 'SC', values: IMPACT },
    { key: 'SI', values: IMPACT },
    { key: 'SA', values: IMPACT },
  ],
};

export type CvssChoices = Readonly<Record<string, string>>;

export interface CvssCalculatorState {
  version: CvssVersion;
  /** The choices made for each version, so switching back and forth loses nothing. */
  choices: Readonly<Record<CvssVersion, CvssChoices>>;
}

export const EMPTY_CVSS_CALCULATOR: CvssCalculatorState = {
  version: '3.1',
  choices: { '3.1': {}, '4.0': {} },
};

export interface ParsedVector {
  version: CvssVersion;
  /** The base metrics found, with valid values only. */
  choices: CvssChoices;
  /** Every other `KEY:VALUE` part, in order (temporal, threat, environmental metrics). */
  extra: string[];
}

const PREFIX = /^CVSS:(3\.[01]|4\.0)\//;

/** The number of base metrics chosen for a version. */
export function chosenCount(version: CvssVersion, choices: CvssChoices): number {
  return CVSS_METRICS[version].filter((m) => choices[m.key] !== undefined).length;
}

/** The vector for complete choices (base metrics in the standard order), else undefined. */
export function buildVector(
  version: CvssVersion,
  choices: CvssChoices,
  extra: readonly string[] = [],
): string | undefined {
  const parts: string[] = [];
  for (const metric of CVSS_METRICS[version]) {
    const value = choices[metric.key];
    if (value === undefined || !metric.values.includes(value)) return undefined;
    parts.push(`${metric.key}:${value}`);
  }
  return [`CVSS:${version}`, ...parts, ...extra].join('/');
}

/** Reads a vector as typed or pasted; undefined when it does not start with a known prefix. */
export function parseVector(vector: string): ParsedVector | undefined {
  const text = vector.trim();
  const m = PREFIX.exec(text);
  if (m === null) return undefined;
  // The calculator offers 3.1; a 3.0 vector has the same base metrics.
  const version: CvssVersion = m[1] === '4.0' ? '4.0' : '3.1';
  const metrics = new Map(CVSS_METRICS[version].map((metric) => [metric.key, metric]));
  const choices: Record<string, string> = {};
  const extra: string[] = [];
  for (const part of text.slice(m[0].length).split('/')) {
    if (part === '') continue;
    const [key = '', value = ''] = part.split(':');
    const metric = metrics.get(key);
    if (metric === undefined) extra.push(part);
    else if (metric.values.includes(value) && choices[key] === undefined) choices[key] = value;
  }
  return { version, choices, extra };
}

export interface CvssUpdate {
  calculator: CvssCalculatorState;
  /** The new value of the `cvss` field. */
  vector: string;
}

/** A metric value was chosen: the vector is rebuilt once every base metric has a value. */
export function chooseMetric(
  calculator: CvssCalculatorState,
  currentVector: string,
  key: string,
  value: string,
): CvssUpdate {
  const { version } = calculator;
  const choices = { ...calculator.choices[version], [key]: value };
  const next = { version, choices: { ...calculator.choices, [version]: choices } };
  const current = parseVector(currentVector);
  const extra = current?.version === version ? current.extra : [];
  return { calculator: next, vector: buildVector(version, choices, extra) ?? '' };
}

/** The version was switched: the vector follows that version's choices (empty until complete). */
export function chooseVersion(calculator: CvssCalculatorState, version: CvssVersion): CvssUpdate {
  return {
    calculator: { ...calculator, version },
    vector: buildVector(version, calculator.choices[version]) ?? '',
  };
}

/** A vector was typed or pasted: it is kept as is, and its base metrics become the choices. */
export function pasteVector(calculator: CvssCalculatorState, text: string): CvssUpdate {
  const parsed = parseVector(text);
  if (parsed === undefined) return { calculator, vector: text };
  return {
    calculator: {
      version: parsed.version,
      choices: { ...calculator.choices, [parsed.version]: parsed.choices },
    },
    vector: text,
  };
}
