/**
 * Score at or above which two organisation names are reported as a possible hit. With the weights
 * below it demands an identical trade name (after normalisation) in a compatible line of business:
 * a trade name that differs by one character scores at most ~0.75 and never reaches it.
 */
export const NAME_MATCH_THRESHOLD = 0.85;
