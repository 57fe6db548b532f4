/** The education-only statement, the same wherever it is shown. */
export const DISCLAIMER =
  'Education only: myomap shows anatomy and published pain patterns; it does not diagnose. See a clinician for pain that is severe, new or unexplained.';
export const DISCLAIMER_SHORT = 'Education only — not a diagnosis. See a clinician for severe, new or unexplained pain.';
