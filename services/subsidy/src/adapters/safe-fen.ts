/** Fen from a bigint calculation as a JSON-safe integer (the book's totals stay far below 2^53). */
export function safeFen(fen: bigint): number {
  if (fen > BigInt(Number.MAX_SAFE_INTEGER) || fen < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${fen} fen is beyond a safe integer`);
  }
  return Number(fen);
}
