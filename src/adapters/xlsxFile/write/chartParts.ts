/**
 * Native Excel charts for a sheet's ChartSpecs: one drawing part (xl/drawings/drawingN.xml), its
 * relationships and one chart part per chart (xl/charts/chartM.xml), as XML text. Pure: no I/O.
 *
 * Element order follows the schemas of ECMA-376 Part 1 (5th ed.): dml-chart.xsd (§21.2, the
 * complex types CT_ChartSpace, CT_Chart, CT_Title, CT_PlotArea, CT_BarChart, CT_BarSer,
 * CT_BubbleChart, CT_BubbleSer, CT_CatAx, CT_ValAx, CT_Scaling, CT_Legend) and
 * dml-spreadsheetDrawing.xsd (§20.5: CT_Drawing, CT_TwoCellAnchor, CT_Marker,
 * CT_GraphicalObjectFrame). Excel "repairs" (drops) a chart whose elements are out of order.
 *
 * What the caller (the package writer) must add for a sheet with charts, drawing N and charts
 * firstChartNumber … firstChartNumber + K − 1:
 * - parts: xl/drawings/drawingN.xml (drawingXml), xl/drawings/_rels/drawingN.xml.rels
 *   (drawingRelsXml), and xl/charts/chartM.xml for each of `charts`;
 * - [Content_Types].xml: `<Override PartName="/xl/drawings/drawingN.xml"
 *   ContentType=DRAWING_CONTENT_TYPE/>` and one `<Override PartName="/xl/charts/chartM.xml"
 *   ContentType=CHART_CONTENT_TYPE/>` per chart (rels are covered by the usual Default for "rels");
 * - the sheet's rels (xl/worksheets/_rels/sheetS.xml.rels): `<Relationship Id="rIdD"
 *   Type=DRAWING_REL_TYPE Target="../drawings/drawingN.xml"/>`;
 * - the worksheet part: `<drawing r:id="rIdD"/>` (r = the officeDocument relationships namespace)
 *   in CT_Worksheet's place for it: after pageMargins, pageSetup, headerFooter, rowBreaks,
 *   colBreaks, customProperties, cellWatches, ignoredErrors, smartTags, and before legacyDrawing,
 *   legacyDrawingHF, picture, oleObjects, controls, webPublishItems, tableParts and extLst. A sheet
 *   has at most one drawing; all its charts go in it.
 *
 * The series hold only the formulas (`<c:f>`), no cached points. LibreOffice reads the cells when
 * it opens the file (measured: the copy it saves carries caches filled from the cells); Excel is
 * expected to do the same, as it does for openpyxl's charts, which carry no caches either (not
 * measured here: no Excel on these machines). A reader that draws without calculating (a file
 * previewer) would show the charts empty; SheetJS and exceljs do not read charts at all.
 */
import type { ChartSpec } from "../../../domain/template/WorkbookDescription";

export interface ChartPart {
  readonly xml: string;
}

export interface DrawingParts {
  /** xl/drawings/drawingN.xml */
  readonly drawingXml: string;
  /** xl/drawings/_rels/drawingN.xml.rels: rId1..rIdK → ../charts/chart{firstChartNumber+i}.xml */
  readonly drawingRelsXml: string;
  /** chart i goes to xl/charts/chart{firstChartNumber + i}.xml */
  readonly charts: readonly ChartPart[];
}

/** A ChartSpec, optionally with axis titles (ChartSpec has none yet; any ChartSpec is one). */
export interface ChartPartSpec extends ChartSpec {
  readonly axisTitles?: { readonly x?: string; readonly y?: string };
}

export const CHART_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const DRAWING_REL_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const CHART_REL_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

/** How much of the sheet a chart covers from its anchor cell. */
export const CHART_SIZE = { cols: 8, rows: 16 } as const;

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Fixed axis ids: one chart per part, so they need only differ within a chart. */
const AX_X = 500000001;
const AX_Y = 500000002;

/** Characters XML 1.0 cannot carry at all; dropped from titles and names (none is visible). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Element text (DrawingML's a:t and c:f are plain xsd:string, without SpreadsheetML's _xHHHH_). */
const text = (s: string): string =>
  s.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A double-quoted attribute value; line breaks survive as character references. */
const attr = (s: string): string =>
  text(s)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");

const val = (name: string, value: string | number): string => `<c:${name} val="${value}"/>`;

/**
 * A range a chart can refer to: sheet-qualified (a chart's formula has no sheet of its own) and
 * A1, one cell or a rectangle, e.g. `'Översikt'!$A$5:$A$9` or `Blad1!B2:B9`.
 */
const CHART_RANGE =
  /^(?:'(?:[^']|'')+'|[^'!:\s][^'!:]*)!\$?[A-Za-z]{1,3}\$?[1-9]\d*(?::\$?[A-Za-z]{1,3}\$?[1-9]\d*)?$/;

function checkRange(ref: string, what: string, spec: ChartSpec): string {
  if (!CHART_RANGE.test(ref))
    throw new RangeError(
      `Chart "${spec.title}": ${what} is not a sheet-qualified A1 range: "${ref}"`
    );
  return ref;
}

function checkChart(spec: ChartPartSpec): void {
  const kind: string = spec.kind;
  if (kind !== "bar" && kind !== "bubble")
    throw new RangeError(`Chart "${spec.title}": unknown kind "${kind}"`);
  if (spec.series.length === 0) throw new RangeError(`Chart "${spec.title}" has no series`);
  const { row, col } = spec.anchor;
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1)
    throw new RangeError(`Chart "${spec.title}": anchor ${row},${col} is not a cell (1-based)`);
  for (const s of spec.series) {
    checkRange(s.x, `the x range of series "${s.name}"`, spec);
    checkRange(s.y, `the y range of series "${s.name}"`, spec);
    if (spec.kind === "bubble") {
      if (s.size === undefined)
        throw new RangeError(`Chart "${spec.title}": bubble series "${s.name}" has no size range`);
      checkRange(s.size, `the size range of series "${s.name}"`, spec);
    }
  }
}

/** Rich text for a chart or axis title (CT_Title › CT_Tx › a:CT_TextBody). */
function title(content: string, size: number): string {
  const run = `<a:rPr lang="sv-SE" sz="${size}" b="1"/><a:t>${text(content)}</a:t>`;
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r>${run}</a:r></a:p>` +
    `</c:rich></c:tx>${val("overlay", 0)}</c:title>`
  );
}

const numRef = (ref: string): string => `<c:numRef><c:f>${text(ref)}</c:f></c:numRef>`;
const strRef = (ref: string): string => `<c:strRef><c:f>${text(ref)}</c:f></c:strRef>`;
const seriesName = (name: string): string => `<c:tx><c:v>${text(name)}</c:v></c:tx>`;

/** Office's six accent colours, one per series in turn. */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"] as const;

/**
 * Series i's fill, given outright: LibreOffice leaves a series without <c:spPr> unfilled (its
 * bars invisible) when the package has no theme part. Bubbles are see-through, as they overlap.
 */
function seriesFill(i: number, opacity = 100): string {
  const alpha = opacity < 100 ? `<a:alpha val="${opacity * 1000}"/>` : "";
  const color = PALETTE[i % PALETTE.length]!;
  return `<c:spPr><a:solidFill><a:srgbClr val="${color}">${alpha}</a:srgbClr></a:solidFill></c:spPr>`;
}

/** CT_BarChart: categories (text) along one axis, values along the other, as Office's BarClustered. */
function barChart(spec: ChartPartSpec): string {
  const series = spec.series.map(
    (s, i) =>
      `<c:ser>${val("idx", i)}${val("order", i)}${seriesName(s.name)}${seriesFill(i)}` +
      `${val("invertIfNegative", 0)}` +
      `<c:cat>${strRef(s.x)}</c:cat><c:val>${numRef(s.y)}</c:val></c:ser>`
  );
  return (
    `<c:barChart>${val("barDir", "bar")}${val("grouping", "clustered")}${val("varyColors", 0)}` +
    `${series.join("")}${val("gapWidth", 150)}${val("axId", AX_X)}${val("axId", AX_Y)}</c:barChart>`
  );
}

/** CT_BubbleChart: x and y are numbers, the bubble's area the third. */
function bubbleChart(spec: ChartPartSpec): string {
  const series = spec.series.map(
    (s, i) =>
      `<c:ser>${val("idx", i)}${val("order", i)}${seriesName(s.name)}${seriesFill(i, 70)}` +
      `${val("invertIfNegative", 0)}<c:xVal>${numRef(s.x)}</c:xVal><c:yVal>${numRef(s.y)}</c:yVal>` +
      `<c:bubbleSize>${numRef(s.size!)}</c:bubbleSize>${val("bubble3D", 0)}</c:ser>`
  );
  return (
    `<c:bubbleChart>${val("varyColors", 0)}${series.join("")}` +
    `${val("bubbleScale", 100)}${val("showNegBubbles", 0)}${val("sizeRepresents", "area")}` +
    `${val("axId", AX_X)}${val("axId", AX_Y)}</c:bubbleChart>`
  );
}

interface Axis {
  readonly kind: "catAx" | "valAx";
  readonly id: number;
  readonly crosses: number;
  readonly position: "b" | "l";
  readonly gridlines: boolean;
  readonly title: string | undefined;
}

/** CT_CatAx / CT_ValAx, in their shared sequence up to crossAx, then each one's own tail. */
function axis(a: Axis, bubble: boolean): string {
  const tail =
    a.kind === "catAx"
      ? `${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}`
      : val("crossBetween", bubble ? "midCat" : "between");
  return (
    `<c:${a.kind}>${val("axId", a.id)}<c:scaling>${val("orientation", "minMax")}</c:scaling>` +
    // delete: written out as 0; a bare <c:delete/> means true, a hidden axis
    `${val("delete", 0)}${val("axPos", a.position)}${a.gridlines ? "<c:majorGridlines/>" : ""}` +
    `${a.title === undefined ? "" : title(a.title, 1000)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}` +
    `${val("crossAx", a.crosses)}${val("crosses", "autoZero")}${tail}</c:${a.kind}>`
  );
}

/** Axes: a bar chart's categories stand on the left and its values run along the bottom. */
function axes(spec: ChartPartSpec): string {
  const bubble = spec.kind === "bubble";
  const x: Axis = {
    kind: bubble ? "valAx" : "catAx",
    id: AX_X,
    crosses: AX_Y,
    position: bubble ? "b" : "l",
    gridlines: false,
    title: spec.axisTitles?.x,
  };
  const y: Axis = {
    kind: "valAx",
    id: AX_Y,
    crosses: AX_X,
    position: bubble ? "l" : "b",
    gridlines: true,
    title: spec.axisTitles?.y,
  };
  return axis(x, bubble) + axis(y, bubble);
}

/** One chart part (CT_ChartSpace). */
export function chartXml(spec: ChartPartSpec): string {
  checkChart(spec);
  const plot = spec.kind === "bubble" ? bubbleChart(spec) : barChart(spec);
  // A legend only tells series apart; with one series the title says it all.
  const legend =
    spec.series.length > 1
      ? `<c:legend>${val("legendPos", "b")}${val("overlay", 0)}</c:legend>`
      : "";
  return (
    DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    // roundedCorners: written as 0, as Excel draws rounded corners when the element is absent
    `${val("date1904", 0)}${val("lang", "sv-SE")}${val("roundedCorners", 0)}` +
    `<c:chart>${title(spec.title, 1400)}${val("autoTitleDeleted", 0)}` +
    `<c:plotArea><c:layout/>${plot}${axes(spec)}</c:plotArea>` +
    `${legend}${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `</c:chartSpace>`
  );
}

const marker = (tag: "from" | "to", col0: number, row0: number): string =>
  `<xdr:${tag}><xdr:col>${col0}</xdr:col><xdr:colOff>0</xdr:colOff>` +
  `<xdr:row>${row0}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** CT_TwoCellAnchor holding chart i's graphic frame; it moves and sizes with the cells under it. */
function anchor(spec: ChartSpec, i: number): string {
  const col0 = spec.anchor.col - 1;
  const row0 = spec.anchor.row - 1;
  // cNvPr ids must be unique within the drawing.
  const id = i + 2;
  return (
    `<xdr:twoCellAnchor>${marker("from", col0, row0)}` +
    `${marker("to", col0 + CHART_SIZE.cols, row0 + CHART_SIZE.rows)}` +
    `<xdr:graphicFrame macro="">` +
    // descr: the alternative text a screen reader gives for the chart
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Diagram ${i + 1}" descr="${attr(spec.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${i + 1}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/**
 * The drawing of one sheet holding `charts` (non-empty). Each chart is anchored (twoCellAnchor)
 * at its anchor cell and covers CHART_SIZE (8 columns × 16 rows).
 */
export function drawingParts(
  charts: readonly ChartPartSpec[],
  firstChartNumber: number
): DrawingParts {
  if (charts.length === 0) throw new RangeError("A drawing needs at least one chart");
  if (!Number.isInteger(firstChartNumber) || firstChartNumber < 1)
    throw new RangeError(`Chart numbers start at 1, not ${firstChartNumber}`);
  const parts = charts.map((spec) => ({ xml: chartXml(spec) }));
  const drawingXml =
    DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    `${charts.map(anchor).join("")}</xdr:wsDr>`;
  const rels = charts.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${CHART_REL_TYPE}" ` +
      `Target="../charts/chart${firstChartNumber + i}.xml"/>`
  );
  const drawingRelsXml =
    DECLARATION + `<Relationships xmlns="${NS.rels}">${rels.join("")}</Relationships>`;
  return { drawingXml, drawingRelsXml, charts: parts };
}
