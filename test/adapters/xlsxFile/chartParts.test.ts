/**
 * The chart parts of the .xlsx writer: well-formed, in the schema's element order, pointing at
 * exactly the ranges given; and a package holding them that LibreOffice draws from and that
 * SheetJS and exceljs open.
 */
import * as XLSX from "@e965/xlsx";
import * as ExcelJS from "exceljs";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import {
  CHART_CONTENT_TYPE,
  CHART_REL_TYPE,
  CHART_SIZE,
  DRAWING_CONTENT_TYPE,
  DRAWING_REL_TYPE,
  drawingParts,
  type ChartPartSpec,
  type DrawingParts,
} from "../../../src/adapters/xlsxFile/write/chartParts";
import type { ChartSpec } from "../../../src/domain/template/WorkbookDescription";
import {
  childNamed,
  childrenNamed,
  descend,
  parseXmlTree,
  type XmlElement,
} from "../../manifest/xmlTree";
import { hasLibreOffice, recalculate } from "../../support/libreoffice";

const SHEET = "Översikt";
const TRICKY_TITLE = `Nytta <&> komplexitet "bubbla" = 'investering' – åäö ÅÄÖ`;

const BAR: ChartSpec = {
  kind: "bar",
  title: "Investering per förvaltning (kr)",
  anchor: { row: 1, col: 7 },
  series: [{ name: "Investering (kr)", x: `'${SHEET}'!$A$2:$A$10`, y: `'${SHEET}'!$C$2:$C$10` }],
};

const BUBBLE: ChartPartSpec = {
  kind: "bubble",
  title: TRICKY_TITLE,
  anchor: { row: 18, col: 7 },
  axisTitles: { x: "Komplexitet (1–5)", y: "Nytta (1–5)" },
  series: [
    {
      name: "Initiativ & förvaltning",
      x: `'${SHEET}'!$D$2:$D$10`,
      y: `'${SHEET}'!$B$2:$B$10`,
      size: `'${SHEET}'!$E$2:$E$10`,
    },
  ],
};

/** Charts 3 and 4, as when another sheet's drawing holds charts 1 and 2. */
const FIRST_CHART = 3;

function parse(xml: string): XmlElement {
  const result = parseXmlTree(xml);
  if (!result.ok) throw new Error(`not well-formed: ${result.error}\n${xml}`);
  return result.root;
}

/**
 * The order of child elements, from the schemas of ECMA-376 Part 1 (5th ed.): §21.2
 * dml-chart.xsd, §20.5 dml-spreadsheetDrawing.xsd, and §20.1 dml-main.xsd for the a: types used.
 * Per complex type, its xsd:sequence in order, one slot per element: "a|b" is an xsd:choice,
 * a trailing "!" marks minOccurs ≥ 1. A child's slot may repeat (maxOccurs > 1) but never go
 * back. A key "parent>child" is for a child whose type depends on where it stands.
 */
const SCHEMA_TEXT: Record<string, readonly [type: string, sequence: string]> = {
  "c:chartSpace": [
    "CT_ChartSpace",
    "c:date1904 c:lang c:roundedCorners mc:AlternateContent c:style c:clrMapOvr c:pivotSource " +
      "c:protection c:chart! c:spPr c:txPr c:externalData c:printSettings c:userShapes c:extLst",
  ],
  "c:chart": [
    "CT_Chart",
    "c:title c:autoTitleDeleted c:pivotFmts c:view3D c:floor c:sideWall c:backWall c:plotArea! " +
      "c:legend c:plotVisOnly c:dispBlanksAs c:showDLblsOverMax c:extLst",
  ],
  "c:title": ["CT_Title", "c:tx c:layout c:overlay c:spPr c:txPr c:extLst"],
  "c:title>c:tx": ["CT_Tx", "c:strRef|c:rich!"],
  "c:rich": ["a:CT_TextBody", "a:bodyPr! a:lstStyle a:p!"],
  "a:p": ["a:CT_TextParagraph", "a:pPr a:r|a:br|a:fld a:endParaRPr"],
  "a:pPr": [
    "a:CT_TextParagraphProperties",
    "a:lnSpc a:spcBef a:spcAft a:buClrTx|a:buClr a:buSzTx|a:buSzPct|a:buSzPts a:buFontTx|a:buFont " +
      "a:buNone|a:buAutoNum|a:buChar|a:buBlip a:tabLst a:defRPr a:extLst",
  ],
  "a:r": ["a:CT_RegularTextRun", "a:rPr a:t!"],
  "c:plotArea": [
    "CT_PlotArea",
    "c:layout c:areaChart|c:area3DChart|c:lineChart|c:line3DChart|c:stockChart|c:radarChart|" +
      "c:scatterChart|c:pieChart|c:pie3DChart|c:doughnutChart|c:barChart|c:bar3DChart|" +
      "c:ofPieChart|c:surfaceChart|c:surface3DChart|c:bubbleChart! " +
      "c:valAx|c:catAx|c:dateAx|c:serAx c:dTable c:spPr c:extLst",
  ],
  "c:barChart": [
    "CT_BarChart",
    "c:barDir! c:grouping c:varyColors c:ser c:dLbls c:gapWidth c:overlap c:serLines c:axId! c:extLst",
  ],
  "c:barChart>c:ser": [
    "CT_BarSer",
    "c:idx! c:order! c:tx c:spPr c:invertIfNegative c:pictureOptions c:dPt c:dLbls c:trendline " +
      "c:errBars c:cat c:val c:shape c:extLst",
  ],
  "c:bubbleChart": [
    "CT_BubbleChart",
    "c:varyColors c:ser c:dLbls c:bubble3D c:bubbleScale c:showNegBubbles c:sizeRepresents " +
      "c:axId! c:extLst",
  ],
  "c:bubbleChart>c:ser": [
    "CT_BubbleSer",
    "c:idx! c:order! c:tx c:spPr c:invertIfNegative c:dPt c:dLbls c:trendline c:errBars c:xVal " +
      "c:yVal c:bubbleSize c:bubble3D c:extLst",
  ],
  "c:ser>c:tx": ["CT_SerTx", "c:strRef|c:v!"],
  "c:cat": ["CT_AxDataSource", "c:multiLvlStrRef|c:numRef|c:numLit|c:strRef|c:strLit!"],
  "c:xVal": ["CT_AxDataSource", "c:multiLvlStrRef|c:numRef|c:numLit|c:strRef|c:strLit!"],
  "c:val": ["CT_NumDataSource", "c:numRef|c:numLit!"],
  "c:yVal": ["CT_NumDataSource", "c:numRef|c:numLit!"],
  "c:bubbleSize": ["CT_NumDataSource", "c:numRef|c:numLit!"],
  "c:numRef": ["CT_NumRef", "c:f! c:numCache c:extLst"],
  "c:strRef": ["CT_StrRef", "c:f! c:strCache c:extLst"],
  "c:spPr": [
    "a:CT_ShapeProperties",
    "a:xfrm a:custGeom|a:prstGeom a:noFill|a:solidFill|a:gradFill|a:blipFill|a:pattFill|a:grpFill " +
      "a:ln a:effectLst|a:effectDag a:scene3d a:sp3d a:extLst",
  ],
  "a:solidFill": [
    "a:CT_SolidColorFillProperties",
    "a:scrgbClr|a:srgbClr|a:hslClr|a:sysClr|a:schemeClr|a:prstClr",
  ],
  // EG_ColorTransform, of which these are the ones a fill might use
  "a:srgbClr": ["a:CT_SRgbColor", "a:tint|a:shade|a:alpha|a:lumMod|a:lumOff"],
  "c:catAx": [
    "CT_CatAx",
    "c:axId! c:scaling! c:delete c:axPos! c:majorGridlines c:minorGridlines c:title c:numFmt " +
      "c:majorTickMark c:minorTickMark c:tickLblPos c:spPr c:txPr c:crossAx! c:crosses|c:crossesAt " +
      "c:auto c:lblAlgn c:lblOffset c:tickLblSkip c:tickMarkSkip c:noMultiLvlLbl c:extLst",
  ],
  "c:valAx": [
    "CT_ValAx",
    "c:axId! c:scaling! c:delete c:axPos! c:majorGridlines c:minorGridlines c:title c:numFmt " +
      "c:majorTickMark c:minorTickMark c:tickLblPos c:spPr c:txPr c:crossAx! c:crosses|c:crossesAt " +
      "c:crossBetween c:majorUnit c:minorUnit c:dispUnits c:extLst",
  ],
  "c:scaling": ["CT_Scaling", "c:logBase c:orientation c:max c:min c:extLst"],
  "c:legend": ["CT_Legend", "c:legendPos c:legendEntry c:layout c:overlay c:spPr c:txPr c:extLst"],
  "xdr:wsDr": ["CT_Drawing", "xdr:twoCellAnchor|xdr:oneCellAnchor|xdr:absoluteAnchor"],
  "xdr:twoCellAnchor": [
    "CT_TwoCellAnchor",
    "xdr:from! xdr:to! xdr:sp|xdr:grpSp|xdr:graphicFrame|xdr:cxnSp|xdr:pic|xdr:contentPart! " +
      "xdr:clientData!",
  ],
  "xdr:from": ["CT_Marker", "xdr:col! xdr:colOff! xdr:row! xdr:rowOff!"],
  "xdr:to": ["CT_Marker", "xdr:col! xdr:colOff! xdr:row! xdr:rowOff!"],
  "xdr:graphicFrame": ["CT_GraphicalObjectFrame", "xdr:nvGraphicFramePr! xdr:xfrm! a:graphic!"],
  "xdr:nvGraphicFramePr": ["CT_GraphicalObjectFrameNonVisual", "xdr:cNvPr! xdr:cNvGraphicFramePr!"],
  "xdr:xfrm": ["a:CT_Transform2D", "a:off a:ext"],
  "a:graphic": ["a:CT_GraphicalObject", "a:graphicData!"],
  // xsd:any in the schema; for a chart, the one c:chart element
  "a:graphicData": ["a:CT_GraphicalObjectData", "c:chart!"],
};

interface Sequence {
  readonly type: string;
  /** The names each slot allows, in order. */
  readonly slots: readonly (readonly string[])[];
  /** Slots (by index) that must be there. */
  readonly required: readonly number[];
}

const SCHEMA: Record<string, Sequence> = Object.fromEntries(
  Object.entries(SCHEMA_TEXT).map(([key, [type, text]]) => {
    const words = text.split(" ");
    const required = words.flatMap((w, i) => (w.endsWith("!") ? [i] : []));
    return [key, { type, slots: words.map((w) => w.replace(/!$/, "").split("|")), required }];
  })
);

const CHART_TYPES = SCHEMA["c:plotArea"]!.slots[1]!;
const AXES = SCHEMA["c:plotArea"]!.slots[2]!;

/** Every element with children has a sequence in SCHEMA and keeps to it; returns the problems. */
function orderProblems(element: XmlElement, parent = ""): string[] {
  if (element.children.length === 0) return [];
  const sequence = SCHEMA[`${parent}>${element.name}`] ?? SCHEMA[element.name];
  if (!sequence) return [`${parent}>${element.name}: no sequence in the test's table`];
  const problems: string[] = [];
  const slotOf = (name: string) => sequence.slots.findIndex((names) => names.includes(name));
  let last = -1;
  for (const child of element.children) {
    const slot = slotOf(child.name);
    if (slot < 0) problems.push(`${sequence.type}: ${child.name} is not one of its elements`);
    else if (slot < last) problems.push(`${sequence.type}: ${child.name} comes too late`);
    else last = slot;
  }
  for (const slot of sequence.required)
    if (!element.children.some((c) => slotOf(c.name) === slot))
      problems.push(`${sequence.type}: required ${sequence.slots[slot]!.join("|")} missing`);
  return [...problems, ...element.children.flatMap((child) => orderProblems(child, element.name))];
}

/** Every element, depth first. */
function all(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(all)];
}

const valOf = (element: XmlElement | undefined): string | undefined => element?.attributes["val"];

/** The ranges each series of a chart part points at, by role. */
function seriesRanges(chart: XmlElement): Record<string, string>[] {
  const plot = descend(chart, "chart", "plotArea");
  const types = plot?.children.filter((c) => c.name.endsWith("Chart")) ?? [];
  return types.flatMap((type) =>
    childrenNamed(type, "ser").map((ser) => {
      const ranges: Record<string, string> = {};
      for (const role of ["cat", "val", "xVal", "yVal", "bubbleSize"]) {
        const source = childNamed(ser, role);
        const f = source?.children[0] ? childNamed(source.children[0], "f") : undefined;
        if (f) ranges[role] = f.text;
      }
      return ranges;
    })
  );
}

/** The text of a chart's title, its runs joined. */
function titleText(chart: XmlElement): string {
  const rich = descend(chart, "chart", "title", "tx", "rich");
  return all(rich!)
    .filter((e) => e.name === "a:t")
    .map((e) => e.text)
    .join("");
}

describe("drawingParts: the XML", () => {
  const parts: DrawingParts = drawingParts([BAR, BUBBLE], FIRST_CHART);
  const charts = parts.charts.map((c) => parse(c.xml));

  it("gives well-formed parts whose elements keep ECMA-376's order", () => {
    const roots = [parse(parts.drawingXml), parse(parts.drawingRelsXml), ...charts];
    expect(roots.map((r) => r.name)).toEqual([
      "xdr:wsDr",
      "Relationships",
      "c:chartSpace",
      "c:chartSpace",
    ]);
    expect(orderProblems(roots[0]!)).toEqual([]);
    for (const chart of charts) expect(orderProblems(chart)).toEqual([]);
    // The table check itself catches a misordered sequence.
    const swapped = parts.charts[0]!.xml.replace(
      /(<c:cat>.*<\/c:cat>)(<c:val>.*<\/c:val>)/,
      "$2$1"
    );
    expect(orderProblems(parse(swapped))).toEqual(["CT_BarSer: c:cat comes too late"]);
  });

  it("draws the bar chart as clustered horizontal bars and the bubble chart over two value axes", () => {
    const [bar, bubble] = charts.map((c) => descend(c, "chart", "plotArea")!);
    expect(valOf(descend(bar, "barChart", "barDir"))).toBe("bar");
    expect(valOf(descend(bar, "barChart", "grouping"))).toBe("clustered");
    expect(bar!.children.filter((c) => AXES.includes(c.name)).map((c) => c.name)).toEqual([
      "c:catAx",
      "c:valAx",
    ]);
    expect(childNamed(bubble, "bubbleChart")).toBeDefined();
    expect(bubble!.children.filter((c) => AXES.includes(c.name)).map((c) => c.name)).toEqual([
      "c:valAx",
      "c:valAx",
    ]);
  });

  it("keeps axis ids consistent between the chart type and its two axes", () => {
    for (const chart of charts) {
      const plot = descend(chart, "chart", "plotArea")!;
      const type = plot.children.find((c) => CHART_TYPES.includes(c.name))!;
      const ids = childrenNamed(type, "axId").map(valOf);
      const axes = plot.children.filter((c) => AXES.includes(c.name));
      expect(ids).toHaveLength(2);
      expect(new Set(ids).size).toBe(2);
      expect(axes.map((a) => valOf(childNamed(a, "axId")))).toEqual(ids);
      expect(axes.map((a) => valOf(childNamed(a, "crossAx")))).toEqual([ids[1], ids[0]]);
      // Written out: a bare <c:delete/> means true, a hidden axis.
      expect(axes.map((a) => valOf(childNamed(a, "delete")))).toEqual(["0", "0"]);
    }
  });

  it("points each series at exactly the ranges given", () => {
    expect(charts.map(seriesRanges)).toEqual([
      [{ cat: BAR.series[0]!.x, val: BAR.series[0]!.y }],
      [
        {
          xVal: BUBBLE.series[0]!.x,
          yVal: BUBBLE.series[0]!.y,
          bubbleSize: BUBBLE.series[0]!.size,
        },
      ],
    ]);
    // The category range of a bar chart is text (the förvaltning names), so a string reference.
    expect(
      descend(charts[0], "chart", "plotArea", "barChart", "ser", "cat", "strRef")
    ).toBeDefined();
  });

  it("escapes titles, names and ranges, and reads them back as given", () => {
    const awkward: ChartPartSpec = {
      kind: "bar",
      title: `<&>"' Bygg & miljö`,
      anchor: { row: 3, col: 2 },
      axisTitles: { x: "Förvaltning <a>", y: "Kronor & ören" },
      series: [
        {
          name: `Första "serien" & <andra>`,
          x: `'Bygg & miljö'!$A$2:$A$4`,
          y: `'Bygg & miljö'!$B$2:$B$4`,
        },
        { name: "Ärende", x: `'Barn ''o'' unga'!$A$2:$A$4`, y: `'Barn ''o'' unga'!$C$2:$C$4` },
      ],
    };
    const out = drawingParts([awkward], 1);
    const chart = parse(out.charts[0]!.xml);
    expect(out.charts[0]!.xml).toContain("<c:f>'Bygg &amp; miljö'!$A$2:$A$4</c:f>");
    expect(titleText(chart)).toBe(awkward.title);
    const axisTitles = descend(chart, "chart", "plotArea")!
      .children.filter((c) => AXES.includes(c.name))
      .map((a) =>
        all(childNamed(a, "title")!)
          .filter((e) => e.name === "a:t")
          .map((e) => e.text)
          .join("")
      );
    expect(axisTitles).toEqual(["Förvaltning <a>", "Kronor & ören"]);
    const names = childrenNamed(descend(chart, "chart", "plotArea", "barChart"), "ser").map(
      (ser) => descend(ser, "tx", "v")!.text
    );
    expect(names).toEqual([awkward.series[0]!.name, "Ärende"]);
    expect(seriesRanges(chart)).toEqual(awkward.series.map((s) => ({ cat: s.x, val: s.y })));
    // Two series: a legend tells them apart.
    expect(descend(chart, "chart", "legend")).toBeDefined();
    const frame = descend(
      parse(out.drawingXml),
      "twoCellAnchor",
      "graphicFrame",
      "nvGraphicFramePr",
      "cNvPr"
    );
    expect(frame!.attributes["descr"]).toBe(awkward.title);
    expect(orderProblems(chart)).toEqual([]);
    // Characters XML 1.0 cannot carry are left out rather than making the part unreadable.
    const control = drawingParts([{ ...BAR, title: "Rad\u0001ett\uFFFF" }], 1);
    expect(titleText(parse(control.charts[0]!.xml))).toBe("Radett");
  });

  it("anchors each chart at its cell, 8 columns by 16 rows, and relates it to its chart part", () => {
    const drawing = parse(parts.drawingXml);
    const anchors = childrenNamed(drawing, "twoCellAnchor");
    const cell = (a: XmlElement, end: string) => {
      const m = childNamed(a, end)!;
      return [childNamed(m, "col")!.text, childNamed(m, "row")!.text].map(Number);
    };
    expect(anchors.map((a) => [cell(a, "from"), cell(a, "to")])).toEqual([
      [
        [6, 0],
        [6 + CHART_SIZE.cols, CHART_SIZE.rows],
      ],
      [
        [6, 17],
        [6 + CHART_SIZE.cols, 17 + CHART_SIZE.rows],
      ],
    ]);
    expect(CHART_SIZE).toEqual({ cols: 8, rows: 16 });
    const ids = anchors.map(
      (a) => descend(a, "graphicFrame", "nvGraphicFramePr", "cNvPr")!.attributes["id"]
    );
    expect(new Set(ids).size).toBe(2);
    const relIds = anchors.map(
      (a) => descend(a, "graphicFrame", "graphic", "graphicData", "chart")!.attributes["r:id"]
    );
    expect(relIds).toEqual(["rId1", "rId2"]);
    const rels = childrenNamed(parse(parts.drawingRelsXml), "Relationship").map(
      (r) => r.attributes
    );
    expect(rels).toEqual([
      { Id: "rId1", Type: CHART_REL_TYPE, Target: "../charts/chart3.xml" },
      { Id: "rId2", Type: CHART_REL_TYPE, Target: "../charts/chart4.xml" },
    ]);
  });

  it("refuses a chart it cannot draw, with a RangeError", () => {
    const cases: [string, unknown][] = [
      ["no charts", []],
      ["no series", [{ ...BAR, series: [] }]],
      ["unknown kind", [{ ...BAR, kind: "pie" }]],
      [
        "bubble without size",
        [{ ...BUBBLE, series: [{ name: "x", x: BAR.series[0]!.x, y: BAR.series[0]!.y }] }],
      ],
      [
        "range without sheet",
        [{ ...BAR, series: [{ name: "x", x: "$A$2:$A$4", y: "$B$2:$B$4" }] }],
      ],
      ["not a range", [{ ...BAR, series: [{ name: "x", x: "'Blad'!A2:A4", y: "'Blad'!Summa" }] }]],
      ["anchor row 0", [{ ...BAR, anchor: { row: 0, col: 1 } }]],
    ];
    const refused = (specs: unknown): boolean => {
      try {
        drawingParts(specs as ChartSpec[], 1);
        return false;
      } catch (error) {
        return error instanceof RangeError;
      }
    };
    expect(cases.filter(([, specs]) => !refused(specs)).map(([what]) => what)).toEqual([]);
    expect(() => drawingParts([BAR], 0)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// A whole package, written by hand around the parts.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const HEADER = [
  "Förvaltning",
  "Nytta (1–5)",
  "Investering (kr)",
  "Komplexitet (1–5)",
  "Budget (kr)",
];
const FORVALTNINGAR = [
  "Socialförvaltningen",
  "Barn- och utbildningsförvaltningen",
  "Miljö- och hälsoskyddsförvaltningen",
  "Kultur- och fritidsförvaltningen",
  "Tekniska förvaltningen",
  "Äldreförvaltningen",
  "Överförmyndarförvaltningen",
  "Stadsbyggnadsförvaltningen",
  "Kommunledningsförvaltningen",
];
/** Rows 2–10: förvaltning, nytta, investering, komplexitet, budget. */
const ROWS = FORVALTNINGAR.map(
  (name, i) => [name, 1 + (i % 5), 150_000 * (i + 1), 5 - (i % 4), 90_000 + 40_000 * i] as const
);

function sheetXml(strings: string[]): string {
  const cell = (ref: string, value: string | number) => {
    if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
    strings.push(value);
    return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
  };
  const rows = [HEADER, ...ROWS].map(
    (row, r) =>
      `<row r="${r + 1}">${row.map((v, c) => cell(`${"ABCDE"[c]}${r + 1}`, v)).join("")}</row>`
  );
  return (
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:E10"/>` +
    `<sheetData>${rows.join("")}</sheetData><drawing r:id="rId1"/></worksheet>`
  );
}

function packageWithCharts(parts: DrawingParts): Uint8Array {
  const strings: string[] = [];
  const sheet = sheetXml(strings);
  const chartFiles = parts.charts.map((_, i) => `xl/charts/chart${FIRST_CHART + i}.xml`);
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const files: Record<string, string> = {
    "[Content_Types].xml":
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_CONTENT_TYPE}"/>` +
      chartFiles
        .map((f) => `<Override PartName="/${f}" ContentType="${CHART_CONTENT_TYPE}"/>`)
        .join("") +
      `</Types>`,
    "_rels/.rels":
      `${XML}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      `<sheet name="${SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `${XML}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": sheet,
    "xl/worksheets/_rels/sheet1.xml.rels":
      `${XML}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${DRAWING_REL_TYPE}" Target="../drawings/drawing1.xml"/></Relationships>`,
    "xl/sharedStrings.xml":
      `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
      strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("") +
      `</sst>`,
    "xl/drawings/drawing1.xml": parts.drawingXml,
    "xl/drawings/_rels/drawing1.xml.rels": parts.drawingRelsXml,
  };
  parts.charts.forEach((chart, i) => (files[chartFiles[i]!] = chart.xml));
  const zipped: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) zipped[name] = utf8(text);
  return zipSync(zipped, { level: 6, mtime: new Date(Date.UTC(2026, 0, 1)) });
}

/** A range as written, its sheet name unquoted: LibreOffice quotes only where it must. */
const unquoted = (ref: string): string =>
  ref.replace(/^'((?:[^']|'')+)'!/, (_, sheet: string) => `${sheet.replace(/''/g, "'")}!`);

describe("drawingParts: a package around the parts", () => {
  const bytes = packageWithCharts(drawingParts([BAR, BUBBLE], FIRST_CHART));

  it("opens in SheetJS and exceljs", async () => {
    const book = XLSX.read(bytes, { type: "array" });
    expect(book.SheetNames).toEqual([SHEET]);
    expect(book.Sheets[SHEET]!["A3"]?.v).toBe("Barn- och utbildningsförvaltningen");
    expect(book.Sheets[SHEET]!["C10"]?.v).toBe(ROWS[8]![2]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet(SHEET)?.getCell("A7").value).toBe("Äldreförvaltningen");
  });

  const describeWithLibreOffice = hasLibreOffice() ? describe : describe.skip;
  if (!hasLibreOffice())
    console.warn("LibreOffice (soffice) not found: chart package test skipped");

  describeWithLibreOffice("in LibreOffice", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), "chart-parts-"));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("loads both charts with their kinds, titles, series and ranges, and saves them again", async () => {
      const input = path.join(dir, "diagram.xlsx");
      await writeFile(input, bytes);
      const [output] = await recalculate([input], path.join(dir, "out"));
      const files = unzipSync(new Uint8Array(await readFile(output!)));
      const chartNames = Object.keys(files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .sort();
      expect(chartNames).toHaveLength(2);
      const charts = chartNames.map((f) => parse(strFromU8(files[f]!)));
      const kinds = charts.map(
        (c) =>
          descend(c, "chart", "plotArea")!.children.find((e) => CHART_TYPES.includes(e.name))!.name
      );
      expect(kinds.sort()).toEqual(["c:barChart", "c:bubbleChart"]);
      const bar = charts[kinds.indexOf("c:barChart")]!;
      const bubble = charts[kinds.indexOf("c:bubbleChart")]!;
      expect(valOf(descend(bar, "chart", "plotArea", "barChart", "barDir"))).toBe("bar");
      expect(titleText(bar)).toBe(BAR.title);
      expect(titleText(bubble)).toBe(TRICKY_TITLE);
      const ranges = (chart: XmlElement) =>
        seriesRanges(chart).map((r) =>
          Object.fromEntries(Object.entries(r).map(([k, v]) => [k, unquoted(v)]))
        );
      expect(ranges(bar)).toEqual([
        { cat: unquoted(BAR.series[0]!.x), val: unquoted(BAR.series[0]!.y) },
      ]);
      expect(ranges(bubble)).toEqual([
        {
          xVal: unquoted(BUBBLE.series[0]!.x),
          yVal: unquoted(BUBBLE.series[0]!.y),
          bubbleSize: unquoted(BUBBLE.series[0]!.size!),
        },
      ]);
      // Series names (LibreOffice saves a literal name as a quoted formula with its cached text).
      const names = charts.map((chart) =>
        all(chart)
          .filter((e) => e.name === "c:ser")
          .map((ser) => all(childNamed(ser, "tx")!).find((e) => e.name === "c:v")?.text)
      );
      expect(names[kinds.indexOf("c:barChart")]).toEqual([BAR.series[0]!.name]);
      expect(names[kinds.indexOf("c:bubbleChart")]).toEqual([BUBBLE.series[0]!.name]);
      // Every series is filled: without a fill LibreOffice draws bars that cannot be seen.
      const fills = charts.flatMap((chart) =>
        all(chart)
          .filter((e) => e.name === "c:ser")
          .map((ser) => childNamed(childNamed(ser, "spPr"), "solidFill") !== undefined)
      );
      expect(fills).toEqual([true, true]);
      // Each chart still stands at its anchor cell.
      const drawing = parse(strFromU8(files["xl/drawings/drawing1.xml"]!));
      const from = childrenNamed(drawing, "twoCellAnchor").map((a) =>
        ["col", "row"].map((n) => Number(descend(a, "from", n)!.text))
      );
      expect(from).toEqual([BAR, BUBBLE].map((c) => [c.anchor.col - 1, c.anchor.row - 1]));
    });
  });
});
