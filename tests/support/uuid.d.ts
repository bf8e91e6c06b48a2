/** The part of the uuid package (a transitive dependency, no bundled types) the STIX specs use to check ids independently. */
declare module 'uuid' {
  /** RFC 9562 §5.5 UUIDv5 of `name` under `namespace`. */
  export function v5(name: string, namespace: string): string;
}
