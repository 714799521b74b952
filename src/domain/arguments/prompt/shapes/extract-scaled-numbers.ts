// Amounts written short, with a scale after them: "1.5k" → 1500, "2k" → 2000, "$3.2m" → 3200000, "4 million" →
// 4000000, "€1.2bn". "m" and "b" alone are a scale only beside a currency ("$3.2m", "2m USD"): "1.80 m" is a length.
// A comma before three digits groups them ("1,500k" → 1500000); before one or two it is a decimal comma ("1,5k" →
// 1500). One global pattern of bounded pieces; the value is shifted by its scale as text, so "1.15k" is 1150, not 1149.99….

export interface ScaledNumber {
  /** The number in plain digits ("1500"). */
  value: string;
  at: number;
  end: number;
  /** Written with a currency sign or word: a sum of money. */
  currency: boolean;
}

const SCALED = new RegExp(
  '(?<![\\p{L}\\p{N}.:/-]|\\d,)([$€£¥]\\s{0,2})?(\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,6})?|\\d{1,15}(?:\\.\\d{1,6}|,\\d{1,2})?)(?:\\s{0,2}(thousand|million|billion|mn|bn)|(k|m|b))(?![\\p{L}\\p{N}])'
  + '(\\s{1,2}(?:usd|eur|gbp|jpy|chf|cad|aud|inr|cny|dollars?|euros?|pounds?|bucks)(?![\\p{L}]))?',
  'giu',
);
const ZEROS = new Map<string, number>([['k', 3], ['thousand', 3], ['m', 6], ['mn', 6], ['million', 6], ['b', 9], ['bn', 9], ['billion', 9]]);

/** `digits` (maybe with a decimal point) times ten to the `zeros`, as plain digits: "1.5", 3 → "1500". */
function shifted(digits: string, zeros: number): string {
  const [whole = '', fraction = ''] = digits.split('.');
  const moved = fraction.padEnd(zeros, '0');
  const integer = `${whole}${moved.slice(0, zeros)}`.replace(/^0+(?=\d)/u, '');
  const rest = moved.slice(zeros);
  return rest === '' ? integer : `${integer}.${rest}`;
}

/** The amounts a prompt writes with a scale after them, in prompt order. */
export function findScaledNumbers(prompt: string): ScaledNumber[] {
  const found: ScaledNumber[] = [];
  for (const match of prompt.matchAll(SCALED)) {
    const [whole, sign, digits = '', word, letter, currencyWord] = match;
    const currency = sign !== undefined || currencyWord !== undefined;
    const scale = (word ?? letter ?? '').toLowerCase();
    // "1.80 m", "a 2b pencil": m and b alone say a scale only with a currency.
    if ((scale === 'm' || scale === 'b') && !currency) continue;
    const at = match.index ?? 0;
    const plain = /,\d{3}/u.test(digits) ? digits.replaceAll(',', '') : digits.replace(',', '.');
    found.push({ value: shifted(plain, ZEROS.get(scale) ?? 0), at, end: at + whole.length, currency });
  }
  return found;
}
