import { SetPasswordPage } from '@taskforce/web-people';
import { DataRoot } from './data-root';

/** The public set-password page of one-time links, with the data layer it sends its request through. */
export function SetPasswordRoute() {
  return (
    <DataRoot>
      <SetPasswordPage />
    </DataRoot>
  );
}
