import { renderToString } from "react-dom/server";
import type { RenderMarkup } from "./kept-markup";

/**
 * How `Kept` renders the markup it keeps (decision 078), given by entry.server.tsx: React's
 * string render writes the same markup as the page's stream, text separators (`<!-- -->`)
 * included, so hydration finds what it expects. It is a separate render (react-dom's legacy
 * server build, its own state), called from inside the page's render.
 */
export const renderMarkup: RenderMarkup = (children) => renderToString(<>{children}</>);
