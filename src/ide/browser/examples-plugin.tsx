import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import type { IdeExampleTab } from './ide-config.js';

/**
 * A sidebar list of the example operations with their bilingual titles. GraphiQL only opens
 * the examples as tabs for a browser with no saved tabs; this opens any of them in a new tab
 * at any time, so they stay reachable once an analyst has tabs of their own.
 */
export function examplesPlugin(examples: IdeExampleTab[]): GraphiQLPlugin {
  function ExamplesPane() {
    const { addTab } = useGraphiQLActions();
    const queryEditor = useGraphiQL((s) => s.queryEditor);
    const variableEditor = useGraphiQL((s) => s.variableEditor);
    const open = (example: IdeExampleTab) => {
      addTab();
      queryEditor?.setValue(example.query);
      variableEditor?.setValue(example.variables ?? '');
    };
    return (
      <section aria-label="示例 / Examples">
        <div className="graphiql-history-header">示例 / Examples</div>
        <ul className="chainatlas-examples">
          {examples.map((example) => (
            <li key={example.title}>
              <button type="button" onClick={() => open(example)}>
                {example.title}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return { title: '示例 / Examples', icon: ExamplesIcon, content: ExamplesPane };
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden>
      <path d="M4 5h16M4 10h16M4 15h10M4 20h10" strokeLinecap="round" />
      <path d="M17 16.5v5l4-2.5-4-2.5Z" strokeLinejoin="round" />
    </svg>
  );
}
