/**
 * A stored file name as the file lists show it. Names are up to 200 characters and may have no break at all
 * (`<196 characters>.xlsx`): the name wraps anywhere (`tf-break`, overflow-wrap: anywhere) rather than widen the
 * operation page at any width.
 */
export function FileName({ name }: { name: string }) {
  return (
    <strong className="tf-break" data-testid="attached-file-name">
      {name}
    </strong>
  );
}
