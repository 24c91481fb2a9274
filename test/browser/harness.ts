/**
 * The harness page's entry: the Excel double first, then the task pane's own entry, unchanged.
 * Imports run in this order, so the pane finds `Office` and `Excel` as it would inside Excel.
 */
import "./installExcelDouble";
import "../../src/taskpane/index";
