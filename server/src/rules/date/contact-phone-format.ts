import { defineRule } from '../rule';
import { q } from '../../analysis/finding';

/**
 * D12 — the number after 联系电话： is a phone number: an optional area code 0\d{2,3} (with or
 * without a hyphen or 一字线) and a 7–8 digit local number, an 11-digit mobile 1\d{10}, a
 * 5-digit service number (12345) or 400/800 numbers; several numbers may be separated by 、 or
 * ，. Local numbers may have 7 digits (Xiamen: 2896599), so 8 digits are not required, and a
 * missing area code is only reported when the `requireAreaCode` option is on. Full-width digits
 * are converted (safe); letters and X placeholders are flagged.
 */
const FW_DIGIT = /[０-９]/;
// One number: digits, separators inside it, X placeholders, full-width digits, letters.
const TOKEN = /[0-9０-９XxＸ*＊A-Za-z][0-9０-９XxＸ*＊A-Za-z\-—－–()（） ]{0,24}[0-9０-９XxＸ*＊A-Za-z]|[0-9０-９]/g;

function halfDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Is `s` (half-width digits, separators) a well-formed phone number? */
export function phoneProblem(s: string, requireAreaCode: boolean): 'placeholder' | 'length' | 'areaCode' | undefined {
  if (/[XxＸ*＊]/.test(s) || /[A-Za-z]/.test(s)) return 'placeholder';
  const ext = /(?:[-—－–]|转)(\d{1,5})$/.exec(s);
  let core = s.replace(/\s+/g, '');
  const plain = core.replace(/[-—－–()（）]/g, '');
  if (/^1\d{10}$/.test(plain)) return undefined; // mobile
  if (/^(?:400|800)\d{7}$/.test(plain)) return undefined;
  if (/^(?:1\d{4}|9\d{4})$/.test(plain)) return undefined; // 12345, 95598
  const tryLand = (c: string) => {
    const m = /^(?:[(（]?(0\d{2,3})[)）]?[-—－–]?)?(\d{7,8})$/.exec(c);
    if (!m) return undefined;
    return m[1] ? 'ok' : 'noArea';
  };
  let r = tryLand(core);
  if (!r && ext) {
    core = core.slice(0, core.length - ext[0].length);
    r = tryLand(core);
  }
  if (!r) return 'length';
  if (r === 'noArea' && requireAreaCode) return 'areaCode';
  return undefined;
}

export default defineRule({
  id: 'contact-phone-format',
  code: 'D12',
  category: 'date',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '联系电话应为有效的电话号码（区号可带短横线，本地号码7至8位，手机11位），使用半角数字，不用字母或“X”占位。',
    en: 'The contact phone is a valid number (optional area code with a hyphen, a 7–8 digit local number or an 11-digit mobile) in half-width digits, with no letters or X placeholders.',
  },
  source: '[S33] (Xiamen 7-digit numbers); contact data required [S26]',
  examples: {
    correct: ['联系电话：2896599', '联系电话：0592-2896599', '联系电话：13800000000'],
    incorrect: [
      { text: '联系电话：2896XXX', output: null },
      { text: '联系电话：２８９６５９９', output: '联系电话：2896599' },
      { text: '联系电话：289659', output: null },
    ],
  },
  optionsSchema: {
    type: 'object',
    properties: { requireAreaCode: { type: 'boolean', description: 'Report local numbers written without an area code (info).' } },
    additionalProperties: false,
  },
  defaultOptions: { requireAreaCode: false },
  check(ctx) {
    const requireAreaCode = ctx.options.requireAreaCode === true;
    for (const f of ctx.parts.fields) {
      if (f.kind !== 'phone' && f.kind !== 'contactPhone') continue;
      const [vs, ve] = f.valueRange;
      const value = ctx.text.slice(vs, ve);
      TOKEN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TOKEN.exec(value))) {
        let raw = m[0].replace(/[\s()（）\-—－–]+$/, '');
        const at = vs + m.index;
        // Letters alone (a name, 经建科) are not a number; a number needs digits.
        if (!/[0-9０-９]/.test(raw)) continue;
        // Trailing Latin words after a number (ext, Tel) are not part of it.
        raw = raw.replace(/\s+[A-Za-z]+$/, '');
        const end = at + raw.length;
        if (FW_DIGIT.test(raw)) {
          const half = halfDigits(raw);
          ctx.report({
            range: [at, end],
            message: { zh: `电话号码${q(raw)}使用了全角数字，应为${q(half)}`, en: `Phone number ${q(raw)} uses full-width digits; expected ${q(half)}` },
            fix: { range: [at, end], text: half },
          });
          continue;
        }
        const problem = phoneProblem(raw, requireAreaCode);
        if (!problem) continue;
        const message =
          problem === 'placeholder'
            ? { zh: `电话号码${q(raw)}含字母或占位符，应填写实际号码`, en: `Phone number ${q(raw)} contains letters or placeholders; give the real number` }
            : problem === 'areaCode'
              ? { zh: `电话号码${q(raw)}缺少区号，应加区号（如“区号-${raw}”）`, en: `Phone number ${q(raw)} lacks an area code (e.g. “0XXX-${raw}”)` }
              : {
                  zh: `电话号码${q(raw)}位数不对，应为7至8位本地号码（可带区号）或11位手机号码`,
                  en: `Phone number ${q(raw)} has the wrong number of digits; expected a 7–8 digit local number (optionally with an area code) or an 11-digit mobile`,
                };
        ctx.report({ range: [at, end], severity: problem === 'areaCode' ? 'info' : 'warning', message });
      }
    }
  },
});
