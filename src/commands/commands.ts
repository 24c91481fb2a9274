/**
 * The manifest's FunctionFile. The ribbon button only shows the task pane (ShowTaskpane), so
 * there are no ExecuteFunction commands yet; new ones are registered here with
 * `Office.actions.associate(name, handler)` once Office is ready.
 */
if (typeof Office !== "undefined") {
  Office.onReady(() => {
    // Nothing to register yet.
  });
}

export {};
