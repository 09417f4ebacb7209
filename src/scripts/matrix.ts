/**
 * The gap matrix page's behaviour: the <matrix-explorer> element (src/scripts/matrix/explorer.ts)
 * reads everything it needs from the server-rendered markup inside it.
 */
import { MatrixExplorer } from './matrix/explorer.ts';

if (!customElements.get('matrix-explorer')) customElements.define('matrix-explorer', MatrixExplorer);
