import { Button, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import {
  desktopAlertPermission,
  desktopAlertsEnabled,
  setDesktopAlertsEnabled,
  turnOnDesktopAlerts,
  type DesktopAlertPermission,
} from './desktop-alerts';

interface DesktopAlertsState {
  permission: DesktopAlertPermission;
  enabled: boolean;
}

function currentState(): DesktopAlertsState {
  return { permission: desktopAlertPermission(), enabled: desktopAlertsEnabled() };
}

/**
 * Says whether desktop alerts are on in this browser and turns them on (asking the browser's permission, on this
 * click and never before) or off (data-testid="desktop-alerts", `data-state` = on | off | blocked | unsupported).
 */
export function DesktopAlertsControl() {
  const [state, setState] = useState(currentState);
  const [asking, setAsking] = useState(false);
  const { _ } = useLingui();

  if (state.permission === 'unsupported') {
    return (
      <p className="tf-small tf-muted" data-testid="desktop-alerts" data-state="unsupported">
        {_('desktopAlerts.unsupported')}
      </p>
    );
  }
  if (state.permission === 'denied') {
    return (
      <p className="tf-small tf-muted" data-testid="desktop-alerts" data-state="blocked">
        {_('desktopAlerts.blocked')}
      </p>
    );
  }

  const on = state.permission === 'granted' && state.enabled;
  const turnOn = async () => {
    setAsking(true);
    try {
      await turnOnDesktopAlerts();
    } finally {
      setAsking(false);
      setState(currentState());
    }
  };
  const turnOff = () => {
    setDesktopAlertsEnabled(false);
    setState(currentState());
  };

  return (
    <div className="tf-desktop-alerts" data-testid="desktop-alerts" data-state={on ? 'on' : 'off'}>
      <p className="tf-small">
        {on ? _('desktopAlerts.on') : _('desktopAlerts.offer')}
      </p>
      {on ? (
        <Button size="sm" variant="ghost" onClick={turnOff} data-testid="desktop-alerts-off">
          {_('desktopAlerts.turnOff')}
        </Button>
      ) : (
        <Button size="sm" variant="secondary" busy={asking} onClick={turnOn} data-testid="desktop-alerts-on">
          {_('desktopAlerts.turnOn')}
        </Button>
      )}
    </div>
  );
}
