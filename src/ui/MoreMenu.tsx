/**
 * "More" on a phone: everything the wide screen's toolbar holds (views, modes, tools), and the full
 * education-only statement, in the bottom sheet within a thumb's reach.
 */
import { DISCLAIMER } from './disclaimer';
import { ModeButtons, ToolButtons, ViewButtons } from './Toolbar';

export function MoreMenu() {
  return (
    <div className="panel more-panel">
      <h3>View from</h3>
      <ViewButtons />
      <h3>Modes</h3>
      <ModeButtons />
      <h3>Tools</h3>
      <div className="tools" role="toolbar" aria-label="Tools">
        <ToolButtons words />
      </div>
      <p className="education">{DISCLAIMER}</p>
    </div>
  );
}
