import fc from "fast-check";
import {
  addYears,
  compareDates,
  dateBounds,
  type DateValue,
  isoFromSerial,
  parseDate,
  serialFromIso,
} from "../../../src/domain/parse/date";
import type { CellValue } from "../../../src/domain/ports/WorkbookPort";
import { anyCell, expectWellFormed } from "./wellFormed";

const day = (iso: string): DateValue => ({ kind: "exact", iso, precision: "day" });
const month = (iso: string): DateValue => ({ kind: "exact", iso, precision: "month" });
const isDateValue = (v: unknown): boolean => {
  const d = v as DateValue;
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  return d.kind === "exact"
    ? iso.test(d.iso) && (d.precision === "day" || d.precision === "month")
    : iso.test(d.earliest) && iso.test(d.latest) && d.earliest <= d.latest && typeof d.text === "string";
};

describe("Excel serials", () => {
  test.each<[number, string | null]>([
    [1, "1900-01-01"],
    [31, "1900-01-31"],
    [59, "1900-02-28"],
    [60, null], // Excel's 1900-02-29, which never was
    [61, "1900-03-01"],
    [366, "1900-12-31"],
    [367, "1901-01-01"],
    [43410, "2018-11-06"],
    [45000, "2023-03-15"],
    [45000.75, "2023-03-15"], // time of day dropped
    [2958465, "9999-12-31"],
    [2958466, null],
    [0, null],
    [0.5, null],
    [-1, null],
    [Number.NaN, null],
  ])("1900 system: %p → %p", (serial, iso) => {
    expect(isoFromSerial(serial, false)).toBe(iso);
  });

  test.each<[number, string | null]>([
    [0, "1904-01-01"],
    [0.99, "1904-01-01"],
    [1, "1904-01-02"],
    [41948, "2018-11-06"],
    [43538, "2023-03-15"],
    [2957003, "9999-12-31"],
    [2957004, null],
    [-1, null],
  ])("1904 system: %p → %p", (serial, iso) => {
    expect(isoFromSerial(serial, true)).toBe(iso);
  });

  test.each<[string, boolean, number | null]>([
    ["1900-01-01", false, 1],
    ["1900-02-28", false, 59],
    ["1900-03-01", false, 61],
    ["2023-03-15", false, 45000],
    ["1904-01-01", true, 0],
    ["2023-03-15", true, 43538],
    ["1903-12-31", true, null],
    ["1899-12-31", false, null],
    ["2021-02-30", false, null],
    ["2021-2-3", false, null],
    ["igår", false, null],
  ])("serialFromIso(%j, %p) → %p", (iso, date1904, serial) => {
    expect(serialFromIso(iso, date1904)).toBe(serial);
  });

  test("serial → ISO → serial round trip in both systems", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((s) => s !== 60), (serial) => {
        expect(serialFromIso(isoFromSerial(serial, false) ?? "", false)).toBe(serial);
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2957003 }), (serial) => {
        expect(serialFromIso(isoFromSerial(serial, true) ?? "", true)).toBe(serial);
      }),
      { numRuns: 400 },
    );
  });

  test("the two systems are 1462 days apart after 1900-02-28", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 2957003 }), (s) => {
        expect(isoFromSerial(s + 1462, false)).toBe(isoFromSerial(s, true));
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseDate: numbers", () => {
  test.each<[number, boolean, DateValue]>([
    [45000, false, day("2023-03-15")],
    [45000.5, false, day("2023-03-15")],
    [61, false, day("1900-03-01")],
    [1, false, day("1900-01-01")],
    [43538, true, day("2023-03-15")],
    [0, true, day("1904-01-01")],
    [20181106, false, day("2018-11-06")], // yyyymmdd typed as a number: beyond every serial
  ])("%p (1904: %p) → %j", (cell, date1904, expected) => {
    expect(parseDate(cell, date1904)).toEqual({ value: expected });
  });

  test.each<[number]>([[1990], [2021], [2100]])("a whole number %p is a year: approximate", (y) => {
    expect(parseDate(y, false)).toEqual({
      value: { kind: "approximate", text: String(y), earliest: `${y}-01-01`, latest: `${y}-12-31` },
      problem: { code: "approximate_date", severity: "warning", details: { text: String(y), earliest: `${y}-01-01`, latest: `${y}-12-31` } },
    });
    expect(parseDate(y, true).value).toMatchObject({ kind: "approximate" });
  });

  test("2021.5 is a serial, not a year", () => {
    expect(parseDate(2021.5, false)).toEqual({ value: day("1905-07-13") });
  });

  test.each<[number, boolean, string]>([
    [60, false, "excel_1900_02_29"],
    [0, false, "serial_out_of_range"],
    [-5, false, "serial_out_of_range"],
    [-5, true, "serial_out_of_range"],
    [3e6, false, "serial_out_of_range"],
    [Number.NaN, false, "serial_out_of_range"],
    [Number.POSITIVE_INFINITY, true, "serial_out_of_range"],
    [20210230, false, "no_such_date"],
  ])("%p (1904: %p) → invalid_date (%s)", (cell, date1904, reason) => {
    expect(parseDate(cell, date1904)).toEqual({
      value: null,
      problem: { code: "invalid_date", severity: "error", details: { text: String(cell), expected: "ÅÅÅÅ-MM-DD", reason } },
    });
  });
});

describe("parseDate: exact text", () => {
  test.each<[string, DateValue]>([
    ["2018-11-06", day("2018-11-06")],
    ["2018-11-6", day("2018-11-06")],
    ["2018-1-6", day("2018-01-06")],
    ["2018/11/06", day("2018-11-06")],
    ["2018.11.06", day("2018-11-06")],
    ["20181106", day("2018-11-06")],
    [" 2018-11-06 ", day("2018-11-06")],
    ["2018-11-06 00:00:00", day("2018-11-06")],
    ["2018-11-06 13:45", day("2018-11-06")],
    ["2018-11-06T00:00:00", day("2018-11-06")],
    ["2018-11-06T10:00:00.000Z", day("2018-11-06")],
    ["2018-11-06T23:30:00+01:00", day("2018-11-06")],
    ["2020-02-29", day("2020-02-29")],
    ["6 nov 2018", day("2018-11-06")],
    ["6 nov. 2018", day("2018-11-06")],
    ["6 november 2018", day("2018-11-06")],
    ["6 November 2018", day("2018-11-06")],
    ["06 nov 2018", day("2018-11-06")],
    ["6:e november 2018", day("2018-11-06")],
    ["6-nov-2018", day("2018-11-06")],
    ["1 maj 2020", day("2020-05-01")],
    ["31 okt 2021", day("2021-10-31")],
    ["15 sept 2021", day("2021-09-15")],
    ["6 Oct 2018", day("2018-10-06")],
    ["November 6, 2018", day("2018-11-06")],
    ["May 1st 2020", day("2020-05-01")],
    ["2021-03", month("2021-03-01")],
    ["2021-3", month("2021-03-01")],
    ["2021/03", month("2021-03-01")],
    ["202103", month("2021-03-01")],
    ["mars 2021", month("2021-03-01")],
    ["Mars 2021", month("2021-03-01")],
    ["mar 2021", month("2021-03-01")],
    ["mar. 2021", month("2021-03-01")],
    ["March 2021", month("2021-03-01")],
    ["jan-2022", month("2022-01-01")],
    ["december 2021", month("2021-12-01")],
    ["i mars 2021", month("2021-03-01")],
  ])("%j → %j", (cell, expected) => {
    expect(parseDate(cell, false)).toEqual({ value: expected });
  });

  test("any yyyy-mm-dd parses back to itself", () => {
    const date = fc
      .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (iso) => {
        expect(parseDate(iso, false)).toEqual({ value: day(iso) });
        expect(parseDate(iso, true)).toEqual({ value: day(iso) });
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseDate: approximate text keeps the text and gives a range", () => {
  test.each<[string, string, string]>([
    ["2021", "2021-01-01", "2021-12-31"],
    ["år 2021", "2021-01-01", "2021-12-31"],
    ["under 2021", "2021-01-01", "2021-12-31"],
    ["höst 2017", "2017-09-01", "2017-11-30"],
    ["hösten 2017", "2017-09-01", "2017-11-30"],
    ["Hösten 2017", "2017-09-01", "2017-11-30"],
    ["under hösten 2017", "2017-09-01", "2017-11-30"],
    ["våren 2020", "2020-03-01", "2020-05-31"],
    ["vår 2020", "2020-03-01", "2020-05-31"],
    ["sommaren 2020", "2020-06-01", "2020-08-31"],
    ["vintern 2020", "2020-12-01", "2021-02-28"],
    ["vinter 2023", "2023-12-01", "2024-02-29"],
    ["vintern 2020/2021", "2020-12-01", "2021-02-28"],
    ["vintern 2020/21", "2020-12-01", "2021-02-28"],
    ["VT 2020", "2020-01-01", "2020-06-30"],
    ["vt20", "2020-01-01", "2020-06-30"],
    ["HT 2020", "2020-07-01", "2020-12-31"],
    ["ht-21", "2021-07-01", "2021-12-31"],
    ["höstterminen 2020", "2020-07-01", "2020-12-31"],
    ["Q1 2021", "2021-01-01", "2021-03-31"],
    ["Q3 2021", "2021-07-01", "2021-09-30"],
    ["q4-2021", "2021-10-01", "2021-12-31"],
    ["kv3 2021", "2021-07-01", "2021-09-30"],
    ["kv 3 2021", "2021-07-01", "2021-09-30"],
    ["kv. 3 2021", "2021-07-01", "2021-09-30"],
    ["kvartal 3 2021", "2021-07-01", "2021-09-30"],
    ["3:e kvartalet 2021", "2021-07-01", "2021-09-30"],
    ["3e kvartalet 2021", "2021-07-01", "2021-09-30"],
    ["tredje kvartalet 2021", "2021-07-01", "2021-09-30"],
    ["3 kv 2021", "2021-07-01", "2021-09-30"],
    ["2021 Q3", "2021-07-01", "2021-09-30"],
    ["2021-Q3", "2021-07-01", "2021-09-30"],
    ["T1 2021", "2021-01-01", "2021-04-30"],
    ["T2 2021", "2021-05-01", "2021-08-31"],
    ["t3 2021", "2021-09-01", "2021-12-31"],
    ["tertial 2 2021", "2021-05-01", "2021-08-31"],
    ["2:a tertialet 2021", "2021-05-01", "2021-08-31"],
    ["andra tertialet 2021", "2021-05-01", "2021-08-31"],
    ["H1 2021", "2021-01-01", "2021-06-30"],
    ["första halvåret 2021", "2021-01-01", "2021-06-30"],
    ["andra halvåret 2021", "2021-07-01", "2021-12-31"],
    ["början av 2020", "2020-01-01", "2020-04-30"],
    ["i början av 2020", "2020-01-01", "2020-04-30"],
    ["mitten av 2020", "2020-05-01", "2020-08-31"],
    ["slutet av 2020", "2020-09-01", "2020-12-31"],
    ["i slutet av 2020", "2020-09-01", "2020-12-31"],
    ["tidigt 2020", "2020-01-01", "2020-04-30"],
    ["sent 2020", "2020-09-01", "2020-12-31"],
    ["början av mars 2021", "2021-03-01", "2021-03-10"],
    ["mitten av mars 2021", "2021-03-11", "2021-03-20"],
    ["slutet av feb 2024", "2024-02-21", "2024-02-29"],
    ["årsskiftet 2020/2021", "2020-12-01", "2021-01-31"],
    ["vid årsskiftet 2020/21", "2020-12-01", "2021-01-31"],
    ["2020/2021", "2020-01-01", "2021-12-31"],
    ["2020-21", "2020-01-01", "2021-12-31"],
    ["v 12 2021", "2021-03-22", "2021-03-28"],
    ["vecka 1, 2021", "2021-01-04", "2021-01-10"],
    ["v. 53 2020", "2020-12-28", "2021-01-03"],
    ["2021-W12", "2021-03-22", "2021-03-28"],
    ["ca 2021-03-01", "2021-03-01", "2021-03-01"],
    ["ca mars 2021", "2021-03-01", "2021-03-31"],
    ["prel. 2021-06-30", "2021-06-30", "2021-06-30"],
    ["preliminärt hösten 2022", "2022-09-01", "2022-11-30"],
    ["~2021", "2021-01-01", "2021-12-31"],
  ])("%j → %s … %s", (cell, earliest, latest) => {
    expect(parseDate(cell, false)).toEqual({
      value: { kind: "approximate", text: cell, earliest, latest },
      problem: { code: "approximate_date", severity: "warning", details: { text: cell, earliest, latest } },
    });
  });
});

describe("parseDate: empty and invalid", () => {
  test.each<[CellValue]>([[null], [""], ["  "], ["-"], ["–"], ["\u00A0"]])("%j → empty", (cell) => {
    expect(parseDate(cell, false)).toEqual({ value: null });
  });

  test.each<[string, string | undefined]>([
    ["2021-02-30", "no_such_date"],
    ["2021-13-01", "no_such_date"],
    ["2019-02-29", "no_such_date"],
    ["20210230", "no_such_date"],
    ["31 feb 2021", "no_such_date"],
    ["1899-12-31", "out_of_range"],
    ["6/11/2018", "ambiguous"],
    ["11/6/2018", "ambiguous"],
    ["06.11.2018", "ambiguous"],
    ["6/11/18", "ambiguous"],
    ["6/11", "ambiguous"],
    ["v 53 2021", "no_such_week"],
    ["snart", undefined],
    ["se plan", undefined],
    ["löpande", undefined],
    ["Q5 2021", undefined],
    ["T4 2021", undefined],
    ["vintern 2020/2022", undefined],
    ["hösten 2020/2021", undefined],
    ["2020/2022", undefined],
    ["årsskiftet 2020", undefined],
    ["45000", undefined],
    ["18-11-06", "ambiguous"],
    ["prelimin 2021", undefined],
    ["ma 2021", undefined],
  ])("%j → invalid_date (%s)", (cell, reason) => {
    const details = reason ? { text: cell, expected: "ÅÅÅÅ-MM-DD", reason } : { text: cell, expected: "ÅÅÅÅ-MM-DD" };
    expect(parseDate(cell, false)).toEqual({ value: null, problem: { code: "invalid_date", severity: "error", details } });
  });

  test("booleans are invalid dates; error cells are cell errors", () => {
    expect(parseDate(true, false).problem?.code).toBe("invalid_date");
    expect(parseDate({ error: "#REF!" }, false)).toEqual({
      value: null,
      problem: { code: "cell_error", severity: "error", details: { error: "#REF!" } },
    });
  });

  test("never throws on anything, and answers in shape", () => {
    const cell = fc.oneof(
      anyCell,
      fc.double(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 60, 2958465.99, 1e300),
      fc.stringMatching(/^[0-9 \-/.:tTqQvVkK]{0,14}$/),
      fc.stringMatching(/^(ca |i |början av |slutet av )?(hösten|vt|q|kv|t|v|mars|nov\.?)? ?[0-9]{0,2}[ :/-]?[0-9]{0,4}$/),
    );
    fc.assert(
      fc.property(cell, fc.boolean(), (c, date1904) => {
        const result = parseDate(c, date1904);
        expectWellFormed(result, isDateValue);
        if (result.value?.kind === "approximate") expect(result.problem?.code).toBe("approximate_date");
        if (result.value?.kind === "exact") expect(result.problem).toBeUndefined();
      }),
      { numRuns: 600 },
    );
  });
});

describe("date helpers", () => {
  test.each<[string, number, string]>([
    ["2020-06-15", 1, "2021-06-15"],
    ["2020-02-29", 1, "2021-02-28"],
    ["2020-02-29", 4, "2024-02-29"],
    ["2021-03-01", -1, "2020-03-01"],
    ["2021-03-01", 0, "2021-03-01"],
    ["ej ett datum", 1, "ej ett datum"],
  ])("addYears(%j, %p) → %j", (iso, n, expected) => {
    expect(addYears(iso, n)).toBe(expected);
  });

  test("dateBounds", () => {
    expect(dateBounds(day("2021-03-05"))).toEqual({ earliest: "2021-03-05", latest: "2021-03-05" });
    expect(dateBounds(month("2024-02-01"))).toEqual({ earliest: "2024-02-01", latest: "2024-02-29" });
    expect(dateBounds({ kind: "approximate", text: "Q1 2021", earliest: "2021-01-01", latest: "2021-03-31" })).toEqual({
      earliest: "2021-01-01",
      latest: "2021-03-31",
    });
  });

  test("compareDates orders by earliest, then latest", () => {
    const q1: DateValue = { kind: "approximate", text: "Q1 2021", earliest: "2021-01-01", latest: "2021-03-31" };
    const values = [day("2021-02-01"), q1, month("2021-01-01"), day("2020-12-31"), day("2021-01-01")];
    expect([...values].sort(compareDates)).toEqual([day("2020-12-31"), day("2021-01-01"), month("2021-01-01"), q1, day("2021-02-01")]);
    expect(compareDates(day("2021-01-01"), day("2021-01-01"))).toBe(0);
  });
});
