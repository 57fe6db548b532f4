/**
 * The <myo-map> element's scripting API is typed: getState() resolves to the viewer's StateReport, and
 * listeners get the event's detail by event name (checked by the type checker, which `npm test` runs).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { MyoMapElement, MyoMapEventMap } from '../../src/embed/element';
import type { StateReport } from '../../src/embed/protocol';

describe('<myo-map> types', () => {
  it('getState resolves to a StateReport; events carry typed details', () => {
    expectTypeOf<ReturnType<MyoMapElement['getState']>>().toEqualTypeOf<Promise<StateReport>>();
    expectTypeOf<MyoMapEventMap['myomap-select']['detail']>().toEqualTypeOf<{
      muscle: string | null;
      name: string | null;
      source: 'user' | 'api';
    }>();
    expectTypeOf<MyoMapEventMap['myomap-ready']['detail']>().toEqualTypeOf<{ version: string; webgl: boolean }>();
    expectTypeOf<HTMLElementTagNameMap['myo-map']>().toEqualTypeOf<MyoMapElement>();
    // A listener for a named event is given that event's type.
    const listen = (el: MyoMapElement) =>
      el.addEventListener('myomap-select', (e) => {
        expectTypeOf(e.detail.source).toEqualTypeOf<'user' | 'api'>();
      });
    expectTypeOf(listen).toBeFunction();
  });
});
