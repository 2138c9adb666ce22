//! The JSON Canonicalization Scheme (RFC 8785): one byte string per JSON value, so a seal over
//! JSON survives re-serialization by any conforming tool.
//!
//! Canonical form: no whitespace; object members sorted by the UTF-16 code units of their names
//! (what ECMAScript's sort compares, not UTF-8 bytes: `"\u{ff61}"` sorts after `"😀"`); strings
//! with the minimal escaping of §3.2.2.2; numbers as ECMAScript's `Number.prototype.toString`
//! writes the IEEE 754 double (§3.2.2.3).
//!
//! Input is I-JSON (RFC 7493), as §3.1 requires: duplicate member names, lone surrogates and
//! numbers outside binary64 are rejected rather than silently resolved, because two verifiers
//! that resolve them differently would see different documents under one seal.

use std::fmt::Write as _;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::error::{Result, SealError};

/// The largest JSON text [`canonicalize_bytes`] and [`parse`] accept.
pub const MAX_INPUT_LEN: usize = 64 * 1024 * 1024;

/// The deepest nesting of arrays and objects accepted. Below serde_json's own limit (128) so
/// our error, not its, names the problem; also bounds the recursion of [`canonicalize`] on
/// values built in code.
pub const MAX_DEPTH: usize = 64;

/// The RFC 8785 canonical form of `value`.
///
/// Numbers held as `u64`/`i64` beyond 2^53 are first rounded to the nearest double, as
/// ECMAScript would when parsing them, so `9007199254740993` canonicalizes to
/// `9007199254740992`.
pub fn canonicalize(value: &Value) -> Result<Vec<u8>> {
    let mut out = String::new();
    write_value(&mut out, value, 0)?;
    Ok(out.into_bytes())
}

/// Parses `json` as I-JSON and returns its RFC 8785 canonical form.
pub fn canonicalize_bytes(json: &[u8]) -> Result<Vec<u8>> {
    canonicalize(&parse(json)?)
}

/// Parses `json` strictly: at most [`MAX_INPUT_LEN`] bytes and [`MAX_DEPTH`] levels, no
/// duplicate member names, no trailing data, strings valid Unicode (serde_json rejects lone
/// surrogate escapes).
///
/// Used for every JSON that reaches a signature (JWS headers too), because a lenient parser
/// that keeps the last of two duplicate names lets one document mean two things.
pub fn parse(json: &[u8]) -> Result<Value> {
    if json.len() > MAX_INPUT_LEN {
        return Err(malformed(format!(
            "{} bytes, more than the limit of {MAX_INPUT_LEN}",
            json.len()
        )));
    }
    let mut de = serde_json::Deserializer::from_slice(json);
    let value = StrictSeed { depth: 0 }
        .deserialize(&mut de)
        .map_err(|e| malformed(e.to_string()))?;
    de.end().map_err(|e| malformed(e.to_string()))?;
    Ok(value)
}

fn malformed(reason: String) -> SealError {
    SealError::Malformed {
        what: "JSON",
        reason,
    }
}

/// Builds a `Value` while enforcing what serde_json's own `Value` deserializer does not:
/// unique member names and our depth limit.
struct StrictSeed {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for StrictSeed {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(StrictVisitor { depth: self.depth })
    }
}

struct StrictVisitor {
    depth: usize,
}

impl StrictVisitor {
    fn nested<E: de::Error>(&self) -> Result<StrictSeed, E> {
        if self.depth >= MAX_DEPTH {
            return Err(E::custom(format_args!(
                "nested deeper than {MAX_DEPTH} levels"
            )));
        }
        Ok(StrictSeed {
            depth: self.depth + 1,
        })
    }
}

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        // serde_json never yields a non-finite double from JSON text; refuse one all the same.
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("number is not finite"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let seed_depth = self.nested::<A::Error>()?.depth;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(StrictSeed { depth: seed_depth })? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let seed_depth = self.nested::<A::Error>()?.depth;
        let mut members = Map::new();
        while let Some(name) = map.next_key::<String>()? {
            if members.contains_key(&name) {
                return Err(de::Error::custom(format_args!(
                    "duplicate member name {name:?}"
                )));
            }
            let value = map.next_value_seed(StrictSeed { depth: seed_depth })?;
            members.insert(name, value);
        }
        Ok(Value::Object(members))
    }
}

fn write_value(out: &mut String, value: &Value, depth: usize) -> Result<()> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(n) => write_number(out, n)?,
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            check_depth(depth)?;
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item, depth + 1)?;
            }
            out.push(']');
        }
        Value::Object(members) => {
            check_depth(depth)?;
            let mut sorted: Vec<(&String, &Value)> = members.iter().collect();
            // §3.2.3: compare names as arrays of UTF-16 code units. Differs from UTF-8 byte
            // order for characters above U+FFFF against U+E000..U+FFFF.
            sorted.sort_by(|(a, _), (b, _)| a.encode_utf16().cmp(b.encode_utf16()));
            out.push('{');
            for (i, (name, item)) in sorted.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, name);
                out.push(':');
                write_value(out, item, depth + 1)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

fn check_depth(depth: usize) -> Result<()> {
    if depth >= MAX_DEPTH {
        return Err(malformed(format!("nested deeper than {MAX_DEPTH} levels")));
    }
    Ok(())
}

/// §3.2.2.2: escape only what JSON requires, with the short forms where JSON has them.
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                // Writing to a String cannot fail.
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_number(out: &mut String, n: &Number) -> Result<()> {
    // Integers beyond 2^53 round to the nearest double (ties to even), which is what
    // ECMAScript's parser does with the same decimal text.
    let x = if let Some(i) = n.as_i64() {
        i as f64
    } else if let Some(u) = n.as_u64() {
        u as f64
    } else {
        n.as_f64()
            .ok_or_else(|| malformed(format!("number {n} is not a binary64 value")))?
    };
    write_double(out, x)
}

/// ECMAScript `Number::toString(x)` (ECMA-262 §6.1.6.1.20), the serialization RFC 8785
/// §3.2.2.3 mandates.
fn write_double(out: &mut String, x: f64) -> Result<()> {
    if !x.is_finite() {
        return Err(malformed(format!(
            "{x} has no JSON form (RFC 8785 §3.2.2.3)"
        )));
    }
    if x == 0.0 {
        // Both +0 and -0 serialize as "0".
        out.push('0');
        return Ok(());
    }
    if x < 0.0 {
        out.push('-');
    }
    let (digits, exponent) = shortest_digits(x.abs())?;
    // x = 0.digits × 10^n, in ECMA-262's terms: s has k digits and x = s × 10^(n−k).
    let k = digits.len() as i32;
    let n = exponent + 1;
    if k <= n && n <= 21 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        let (int, frac) = digits.split_at(n as usize);
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-n) as usize));
        out.push_str(&digits);
    } else {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        out.push('e');
        out.push(if n > 0 { '+' } else { '-' });
        let _ = write!(out, "{}", (n - 1).abs());
    }
    Ok(())
}

/// The shortest decimal digits `s` of positive finite `x` and the exponent of its first digit,
/// chosen as ECMA-262 §6.1.6.1.20 step 5 says: fewest digits that round-trip, then nearest
/// to `x`, then even.
fn shortest_digits(x: f64) -> Result<(String, i32)> {
    // Rust's `{:e}` gives the fewest digits that round-trip and the nearest such, but breaks
    // an exact tie upwards where ECMAScript wants the even one: 0x43143ff3c1cb0959 is
    // exactly 1424953923781206.25, which Rust writes ….3 and ECMAScript ….2.
    let (digits, exponent) = split_scientific(&format!("{x:e}"))?;
    // With 15 digits or fewer the decimal grid is coarser than the doubles', so only one
    // candidate round-trips and no tie is possible; skip the exact expansion.
    if digits.len() < 16 {
        return Ok((digits, exponent));
    }
    // 767 significant digits hold any double's exact decimal expansion.
    let (exact, exact_exponent) = split_scientific(&format!("{x:.767e}"))?;
    let Some((candidate, candidate_exponent)) =
        round_half_even(&exact, exact_exponent, digits.len())
    else {
        return Ok((digits, exponent));
    };
    // Only a candidate of the same length that still round-trips may replace Rust's.
    let round_trips = format!(
        "{candidate}e{}",
        candidate_exponent - (candidate.len() as i32 - 1)
    )
    .parse::<f64>()
    .is_ok_and(|y| y.to_bits() == x.to_bits());
    if candidate.len() == digits.len() && round_trips {
        Ok((candidate, candidate_exponent))
    } else {
        Ok((digits, exponent))
    }
}

/// Splits Rust's `d.ddde±x` into its digits without trailing zeros and the exponent.
fn split_scientific(sci: &str) -> Result<(String, i32)> {
    let unexpected = || malformed(format!("unexpected float formatting {sci:?}"));
    let (mantissa, exponent) = sci.split_once('e').ok_or_else(unexpected)?;
    let exponent: i32 = exponent.parse().map_err(|_| unexpected())?;
    let mut digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(unexpected());
    }
    Ok((digits, exponent))
}

/// Rounds the exact digits `exact` (first digit at 10^`exponent`) to `k` significant digits,
/// ties to even; trailing zeros are stripped. `None` if there is nothing to round.
fn round_half_even(exact: &str, exponent: i32, k: usize) -> Option<(String, i32)> {
    if exact.len() <= k {
        return None;
    }
    let (head, tail) = exact.split_at(k);
    let mut kept: Vec<u8> = head.bytes().map(|b| b - b'0').collect();
    let first_dropped = tail.as_bytes()[0] - b'0';
    let rest_zero = tail.bytes().skip(1).all(|b| b == b'0');
    let last_odd = kept.last().is_some_and(|d| d % 2 == 1);
    let round_up = first_dropped > 5 || (first_dropped == 5 && (!rest_zero || last_odd));
    let mut exponent = exponent;
    if round_up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, 1);
                kept.pop();
                exponent += 1;
                break;
            }
            i -= 1;
            if kept[i] == 9 {
                kept[i] = 0;
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    while kept.len() > 1 && kept.last() == Some(&0) {
        kept.pop();
    }
    Some((
        kept.iter().map(|d| char::from(b'0' + d)).collect(),
        exponent,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn canon_str(json: &str) -> String {
        String::from_utf8(canonicalize_bytes(json.as_bytes()).expect("canonicalizes"))
            .expect("canonical form is UTF-8")
    }

    fn number(x: f64) -> String {
        let mut s = String::new();
        write_double(&mut s, x).expect("finite");
        s
    }

    /// RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
    #[test]
    fn rfc8785_appendix_b_numbers() {
        let table: &[(u64, &str)] = &[
            (0x0000000000000000, "0"),
            (0x8000000000000000, "0"),
            (0x0000000000000001, "5e-324"),
            (0x8000000000000001, "-5e-324"),
            (0x7fefffffffffffff, "1.7976931348623157e+308"),
            (0xffefffffffffffff, "-1.7976931348623157e+308"),
            (0x4340000000000000, "9007199254740992"),
            (0xc340000000000000, "-9007199254740992"),
            (0x4430000000000000, "295147905179352830000"),
            (0x44b52d02c7e14af5, "9.999999999999997e+22"),
            (0x44b52d02c7e14af6, "1e+23"),
            (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
            (0x444b1ae4d6e2ef4e, "999999999999999700000"),
            (0x444b1ae4d6e2ef4f, "999999999999999900000"),
            (0x444b1ae4d6e2ef50, "1e+21"),
            (0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"),
            (0x3eb0c6f7a0b5ed8d, "0.000001"),
            (0x41b3de4355555553, "333333333.3333332"),
            (0x41b3de4355555554, "333333333.33333325"),
            (0x41b3de4355555555, "333333333.3333333"),
            (0x41b3de4355555556, "333333333.3333334"),
            (0x41b3de4355555557, "333333333.33333343"),
            (0xbecbf647612f3696, "-0.0000033333333333333333"),
            (0x43143ff3c1cb0959, "1424953923781206.2"),
        ];
        for &(bits, expected) in table {
            let x = f64::from_bits(bits);
            assert_eq!(number(x), expected, "0x{bits:016x}");
            // The same through JSON text: the canonical text parses back to the same double.
            assert_eq!(canon_str(expected), expected, "0x{bits:016x} via parse");
        }
    }

    /// Exact ties between two shortest candidates go to the even digit, as ECMAScript does
    /// (Rust's own `{:e}` rounds them up). Expected values from V8's `String(x)`.
    #[test]
    fn shortest_digit_ties_go_to_even() {
        let table: &[(u64, &str)] = &[
            (0x42da4e98307a46a8, "115699452340506.62"),
            (0xc312c662f6097bc5, "-1321169479425777.2"),
            (0x430fa0a8017ba802, "1112795964732672.2"),
            (0x42ad975e926ceba0, "16267981960821.812"),
        ];
        for &(bits, expected) in table {
            assert_eq!(number(f64::from_bits(bits)), expected, "0x{bits:016x}");
        }
    }

    /// serde_json parses floats correctly rounded only with its `float_roundtrip` feature;
    /// without it about one double in seven read from text is off by an ulp, and the
    /// canonical form with it. This fails if the feature is lost from Cargo.toml.
    #[test]
    fn json_text_parses_to_the_nearest_double() {
        for (text, bits) in [
            ("5.235021836686779e+296", 0x7d899d6a6baf8573_u64),
            ("7.1493045919237654e-71", 0x315f944e49c99226),
            ("1.8476560804978623e+153", 0x5fc1a393d05bb091),
        ] {
            let value = parse(text.as_bytes()).expect("parses");
            let parsed = value.as_f64().expect("a number");
            assert_eq!(
                parsed.to_bits(),
                bits,
                "{text}: enable serde_json/float_roundtrip"
            );
            assert_eq!(canon_str(text), text);
        }
    }

    /// Appendix B's last rows: NaN and Infinity have no JSON form.
    #[test]
    fn non_finite_numbers_are_errors() {
        for bits in [0x7fffffffffffffff_u64, 0x7ff0000000000000] {
            let mut s = String::new();
            assert!(write_double(&mut s, f64::from_bits(bits)).is_err());
        }
        // JSON text cannot spell them, and a literal out of binary64 range is refused.
        assert!(canonicalize_bytes(b"NaN").is_err());
        assert!(canonicalize_bytes(b"1e400").is_err());
    }

    #[test]
    fn ecmascript_number_layout() {
        assert_eq!(number(1.0), "1");
        assert_eq!(number(-1.5), "-1.5");
        assert_eq!(number(100.0), "100");
        assert_eq!(number(1e20), "100000000000000000000");
        assert_eq!(number(1e21), "1e+21");
        assert_eq!(number(1.5e21), "1.5e+21");
        assert_eq!(number(0.1), "0.1");
        assert_eq!(number(1e-6), "0.000001");
        assert_eq!(number(1e-7), "1e-7");
        assert_eq!(number(1.25e-7), "1.25e-7");
        assert_eq!(number(123.456), "123.456");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(5e-324), "5e-324");
    }

    #[test]
    fn large_integers_round_like_ecmascript() {
        // 2^53 + 1 is not a double; it rounds (ties to even) to 2^53.
        assert_eq!(canon_str("9007199254740993"), "9007199254740992");
        assert_eq!(canon_str("-9007199254740993"), "-9007199254740992");
        assert_eq!(
            String::from_utf8(canonicalize(&json!(u64::MAX)).expect("ok")).expect("utf8"),
            "18446744073709552000"
        );
        assert_eq!(
            String::from_utf8(canonicalize(&json!(i64::MIN)).expect("ok")).expect("utf8"),
            "-9223372036854776000"
        );
        assert_eq!(canon_str("295147905179352830000"), "295147905179352830000");
        assert_eq!(canon_str("1E30"), "1e+30");
        assert_eq!(canon_str("56.0"), "56");
        assert_eq!(canon_str("-0.0"), "0");
        assert_eq!(canon_str("-0"), "0");
    }

    /// RFC 8785 §3.2.3: sorting by UTF-16 code units.
    #[test]
    fn rfc8785_sorting_example() {
        let input = r#"{
          "\u20ac": "Euro Sign",
          "\r": "Carriage Return",
          "\ufb33": "Hebrew Letter Dalet With Dagesh",
          "1": "One",
          "\ud83d\ude00": "Emoji: Grinning Face",
          "\u0080": "Control",
          "\u00f6": "Latin Small Letter O With Diaeresis"
        }"#;
        let expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u{80}\":\"Control\",\
             \"\u{f6}\":\"Latin Small Letter O With Diaeresis\",\"\u{20ac}\":\"Euro Sign\",\
             \"\u{1f600}\":\"Emoji: Grinning Face\",\
             \"\u{fb33}\":\"Hebrew Letter Dalet With Dagesh\"}";
        assert_eq!(canon_str(input), expected);
        // UTF-8 byte order would put U+FB33 (EF AC B3) before U+1F600 (F0 9F 98 80).
        assert!("\u{fb33}".as_bytes() < "\u{1f600}".as_bytes());
    }

    /// RFC 8785 §3.2.2 input and §3.2.3 output; §3.2.4's UTF-8 bytes of it.
    #[test]
    fn rfc8785_full_example() {
        let input = r#"{
          "numbers": [333333333.33333329, 1E30, 4.50,
                      2e-3, 0.000000000000000000000000001],
          "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
          "literals": [null, true, false]
        }"#;
        let expected = r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#;
        assert_eq!(canon_str(input), expected);
        let hex = "7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72 \
                   75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a \
                   5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31 \
                   65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37 \
                   5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30 \
                   30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d";
        let bytes: Vec<u8> = hex
            .split_whitespace()
            .map(|h| u8::from_str_radix(h, 16).expect("hex"))
            .collect();
        assert_eq!(canonicalize_bytes(input.as_bytes()).expect("ok"), bytes);
    }

    /// The reference implementation's `weird.json` and `structures.json` test data.
    #[test]
    fn reference_testdata() {
        let weird = r#"{
          "\u20ac": "Euro Sign",
          "1": "One",
          "\u0080": "Control\u007f",
          "\ud83d\ude02": "Smiley",
          "\u00f6": "Latin Small Letter O With Diaeresis",
          "\ufb33": "Hebrew Letter Dalet With Dagesh",
          "</script>": "Browser Challenge"
        }"#;
        assert_eq!(
            canon_str(weird),
            "{\"1\":\"One\",\"</script>\":\"Browser Challenge\",\"\u{80}\":\"Control\u{7f}\",\
             \"\u{f6}\":\"Latin Small Letter O With Diaeresis\",\"\u{20ac}\":\"Euro Sign\",\
             \"\u{1f602}\":\"Smiley\",\"\u{fb33}\":\"Hebrew Letter Dalet With Dagesh\"}"
        );
        let structures = r#"{
          "1": {"f": {"f": "hi","F": 5} ,"\n": 56.0},
          "10": { },
          "": "empty",
          "a": { },
          "111": [ { } ],
          "A": { }
        }"#;
        assert_eq!(
            canon_str(structures),
            r#"{"":"empty","1":{"\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}"#
        );
    }

    #[test]
    fn string_escaping() {
        let all_controls: String = (0u8..0x20).map(char::from).collect();
        let v = Value::String(format!("{all_controls}\"\\/\u{7f}\u{2028}é"));
        let out = String::from_utf8(canonicalize(&v).expect("ok")).expect("utf8");
        assert_eq!(
            out,
            "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\
             \\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\
             \\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\\\"\\\\/\u{7f}\u{2028}é\""
        );
    }

    #[test]
    fn rejects_what_i_json_forbids() {
        let err = canonicalize_bytes(br#"{"a":1,"a":2}"#).expect_err("duplicate");
        assert!(
            err.to_string().contains("duplicate member name \"a\""),
            "{err}"
        );
        // Duplicates spelled differently are still duplicates.
        assert!(canonicalize_bytes(br#"{"a":1,"\u0061":2}"#).is_err());
        // Lone surrogate.
        assert!(canonicalize_bytes(br#""\ud800""#).is_err());
        // Trailing data, empty input, invalid UTF-8.
        assert!(canonicalize_bytes(b"{} {}").is_err());
        assert!(canonicalize_bytes(b"").is_err());
        assert!(canonicalize_bytes(b"\"\xff\"").is_err());
    }

    #[test]
    fn depth_limit() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(canonicalize_bytes(ok.as_bytes()).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        let err = canonicalize_bytes(deep.as_bytes()).expect_err("too deep");
        assert!(err.to_string().contains("nested deeper"), "{err}");
        // Values built in code are bounded too.
        let mut v = json!(1);
        for _ in 0..=MAX_DEPTH {
            v = json!([v]);
        }
        assert!(canonicalize(&v).is_err());
        // Far deeper than serde_json's own limit: an error, not a stack overflow.
        let very = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(canonicalize_bytes(very.as_bytes()).is_err());
    }

    #[test]
    fn size_limit() {
        let big = vec![b' '; MAX_INPUT_LEN + 1];
        let err = canonicalize_bytes(&big).expect_err("too big");
        assert!(err.to_string().contains("limit"), "{err}");
    }

    /// canonicalize(parse(canonicalize(x))) == canonicalize(x), over a deterministic
    /// pseudo-random sample of values (no proptest dependency).
    #[test]
    fn canonical_form_is_a_fixed_point() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            // xorshift64*: enough spread for a fixed-seed test.
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_f491_4f6c_dd1d)
        };
        fn gen_value(next: &mut dyn FnMut() -> u64, depth: u32) -> Value {
            let pick = next() % if depth >= 4 { 5 } else { 7 };
            match pick {
                0 => Value::Null,
                1 => Value::Bool(next() % 2 == 0),
                2 => {
                    let bits = next();
                    let x = f64::from_bits(bits);
                    if x.is_finite() {
                        json!(x)
                    } else {
                        json!(bits >> 11)
                    }
                }
                3 => json!(next() as i64),
                4 => Value::String(gen_string(next)),
                5 => Value::Array(
                    (0..next() % 5)
                        .map(|_| gen_value(next, depth + 1))
                        .collect(),
                ),
                _ => Value::Object(
                    (0..next() % 5)
                        .map(|_| (gen_string(next), gen_value(next, depth + 1)))
                        .collect(),
                ),
            }
        }
        fn gen_string(next: &mut dyn FnMut() -> u64) -> String {
            const POOL: &[char] = &[
                'a',
                'B',
                '1',
                '"',
                '\\',
                '/',
                '\n',
                '\u{1}',
                '\u{1f}',
                '\u{7f}',
                '\u{80}',
                'ö',
                '€',
                '\u{fb33}',
                '\u{ffff}',
                '😀',
                '\u{10ffff}',
                '\u{e000}',
            ];
            (0..next() % 6)
                .map(|_| POOL[(next() % POOL.len() as u64) as usize])
                .collect()
        }
        for _ in 0..2000 {
            let v = gen_value(&mut next, 0);
            let once = canonicalize(&v).expect("canonicalizes");
            let twice = canonicalize_bytes(&once).expect("canonical form parses");
            assert_eq!(once, twice, "{}", String::from_utf8_lossy(&once));
        }
    }
}
