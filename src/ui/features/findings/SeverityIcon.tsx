import type { LintSeverity } from '../../../core/index.ts';

const LOOKS: Record<LintSeverity, { glyph: string; className: string }> = {
  error: { glyph: '●', className: 'text-red-600 dark:text-red-400' },
  'security-warning': { glyph: '▲', className: 'text-orange-600 dark:text-orange-400' },
  warning: { glyph: '▲', className: 'text-amber-500 dark:text-amber-400' },
  suggestion: { glyph: '◆', className: 'text-sky-600 dark:text-sky-400' },
};

/** A small coloured mark for a severity; decorative, the text beside it names the severity. */
export function SeverityIcon({ severity }: { severity: LintSeverity }) {
  const { glyph, className } = LOOKS[severity];
  return (
    <span aria-hidden="true" className={`shrink-0 text-[10px] leading-4 ${className}`}>
      {glyph}
    </span>
  );
}
