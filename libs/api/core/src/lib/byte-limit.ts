const UNITS: Array<[bytes: bigint, name: string]> = [
  [1024n ** 4n, 'TiB'],
  [1024n ** 3n, 'GiB'],
  [1024n ** 2n, 'MiB'],
  [1024n, 'KiB'],
];

/** A byte count as people read a limit: "10 GiB", "512 MiB" when it is a whole number of them, else "1500 bytes". */
export function limitText(bytes: number): string {
  const n = BigInt(bytes);
  const unit = UNITS.find(([size]) => n >= size && n % size === 0n);
  return unit ? `${n / unit[0]} ${unit[1]}` : `${n} bytes`;
}
