import fc from "fast-check";
import { DEFAULT_LISTS, LIST_NAMES, type ListName } from "../../../src/domain/lists";
import { parseListValue } from "../../../src/domain/parse/listValue";
import type { CellValue } from "../../../src/domain/ports/WorkbookPort";
import { anyCell, expectWellFormed, isString } from "./wellFormed";

const STATUS = DEFAULT_LISTS.status;
const DOCS = DEFAULT_LISTS.dokumentation;

describe("parseListValue: status", () => {
  test.each<[CellValue, string]>([
    ["Pågående", "Pågående"],
    ["pågående", "Pågående"],
    ["  PÅGÅENDE ", "Pågående"],
    ["Pagaende", "Pågående"], // typed without å
    ["Pågår", "Pågående"],
    ["Pagar", "Pågående"],
    ["Genomförs", "Pågående"],
    ["In progress", "Pågående"],
    ["Klar", "Avslutad"],
    ["Avslutat", "Avslutad"],
    ["Parkerad", "Pausad"],
    ["Idé", "Idé"],
    ["Ide", "Idé"],
    ["IDÉ", "Idé"],
    ["Förstudie", "Förstudie"],
    ["Forstudie", "Förstudie"],
    ["Pre-study", "Förstudie"],
    ["Ej påbörjad", "Beslutad"],
    ["Avbruten.", "Avbruten"],
    ["i\u00A0gång", "Pågående"],
  ])("%j → %j", (cell, expected) => {
    expect(parseListValue(cell, "status", STATUS)).toEqual({ value: expected });
  });

  test("a council list with its own words takes the meaning of the standard ones", () => {
    const own = ["Idé", "Pågår", "Klar"];
    expect(parseListValue("Pågående", "status", own)).toEqual({ value: "Pågår" });
    expect(parseListValue("Avslutat", "status", own)).toEqual({ value: "Klar" });
    expect(parseListValue("Klar", "status", own)).toEqual({ value: "Klar" });
  });

  test("a synonym whose canonical value is not on the council's list is unknown", () => {
    expect(parseListValue("Pausad", "status", ["Idé", "Pågående", "Avslutad"])).toEqual({
      value: null,
      problem: {
        code: "unknown_list_value",
        severity: "error",
        details: { text: "Pausad", list: "status", allowed: "Idé, Pågående, Avslutad" },
      },
    });
  });

  test.each<[CellValue]>([["Pågående2"], ["Pågånde"], ["Klart snart"], ["Ja"], ["?"], [3], [true]])(
    "%j is unknown (no guessing by likeness)",
    (cell) => {
      const result = parseListValue(cell, "status", STATUS);
      expect(result.value).toBeNull();
      expect(result.problem?.code).toBe("unknown_list_value");
      expect(result.problem?.severity).toBe("error");
      expect(result.problem?.details?.["allowed"]).toBe(STATUS.join(", "));
    },
  );

  test("words meaning two values on the list are unknown, not a pick", () => {
    const result = parseListValue("klar", "status", ["Avslutad", "Klar och levererad", "Färdig"]);
    expect(result.value).toBeNull();
    expect(result.problem?.details?.["reason"]).toBe("ambiguous");
  });
});

describe("parseListValue: documentation states", () => {
  test.each<[CellValue, string]>([
    ["Genomförd", "Genomförd"],
    ["Ja", "Genomförd"],
    ["ja", "Genomförd"],
    ["x", "Genomförd"],
    ["X", "Genomförd"],
    ["Finns", "Genomförd"],
    ["✓", "Genomförd"],
    [true, "Genomförd"],
    ["Delvis", "Delvis"],
    ["Utkast", "Delvis"],
    ["Nej", "Saknas"],
    ["Dokumentation saknas", "Saknas"],
    ["Finns ej", "Saknas"],
    ["Saknas", "Saknas"],
    ["saknas.", "Saknas"],
    [false, "Saknas"],
  ])("%j → %j", (cell, expected) => {
    expect(parseListValue(cell, "dokumentation", DOCS)).toEqual({ value: expected });
  });
});

describe("parseListValue: other lists", () => {
  test("förvaltning matches the council's own names, with folded diacritics", () => {
    const list = DEFAULT_LISTS.forvaltning;
    expect(parseListValue("socialförvaltningen", "forvaltning", list)).toEqual({ value: "Socialförvaltningen" });
    expect(parseListValue("Barn och utbildningsforvaltningen", "forvaltning", list)).toEqual({
      value: "Barn- och utbildningsförvaltningen",
    });
  });

  test("an unknown value on an open list is a warning", () => {
    expect(parseListValue("Tekniska förvaltningen", "forvaltning", DEFAULT_LISTS.forvaltning).problem).toMatchObject({
      code: "unknown_list_value",
      severity: "warning",
      details: { text: "Tekniska förvaltningen", list: "forvaltning" },
    });
  });

  test.each<[ListName, string, string]>([
    ["effektmalUppnatt", "Vet ej", "Ej uppföljt"],
    ["effektmalUppnatt", "uppnått", "Ja"],
    ["finansiering", "EU-medel", "Extern"],
    ["finansiering", "KS", "Central"],
  ])("%s: %j → %j", (list, text, expected) => {
    expect(parseListValue(text, list, DEFAULT_LISTS[list])).toEqual({ value: expected });
  });
});

describe("parseListValue: empty and error cells", () => {
  test.each<[CellValue]>([[null], [""], ["  "], ["-"], ["–"]])("%j → empty", (cell) => {
    expect(parseListValue(cell, "status", STATUS)).toEqual({ value: null });
  });

  test("an error cell is a cell_error", () => {
    expect(parseListValue({ error: "#N/A" }, "status", STATUS)).toEqual({
      value: null,
      problem: { code: "cell_error", severity: "error", details: { error: "#N/A" } },
    });
  });

  test("every allowed value maps to itself, on every default list", () => {
    for (const list of LIST_NAMES) {
      for (const value of DEFAULT_LISTS[list]) expect(parseListValue(value, list, DEFAULT_LISTS[list])).toEqual({ value });
    }
  });

  test("never throws; a value is always one of the allowed ones", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(...LIST_NAMES), (cell, list) => {
        const allowed = DEFAULT_LISTS[list];
        const result = parseListValue(cell, list, allowed);
        expectWellFormed(result, isString);
        if (result.value !== null) expect(allowed).toContain(result.value);
      }),
      { numRuns: 400 },
    );
  });
});

describe("parseListValue: a status said in a sentence (a form's free-text answer)", () => {
  const status = (text: string) => parseListValue(text, "status", DEFAULT_LISTS.status);
  test.each([
    ["Arbetet pågår", "Pågående"],
    ["Vi gör en förstudie", "Förstudie"],
    ["Det är en idé", "Idé"],
    ["Beslut är fattat men arbetet har inte startat", "Beslutad"],
  ])("%s → %s, with a warning that it was read so", (text, value) => {
    expect(status(text)).toEqual({
      value,
      problem: { code: "list_value_in_sentence", severity: "warning", details: { text, value } },
    });
  });

  test.each([["Klart snart"], ["Inte påbörjad än, kanske i höst"], ["Pågår eller klar, oklart"]])(
    "%s is not read: put off, turned around or two values",
    (text) => {
      expect(status(text).value).toBeNull();
      expect(status(text).problem?.code).toBe("unknown_list_value");
    }
  );
});
