//! Maven's `ComparableVersion`, as in Maven 3.8.7 (checked against its jar).
//!
//! The version is lower-cased and split into items at `.`, at `-`, and where digits meet
//! non-digits. A `-` (and a digit/letter transition) opens a nested list, so `1-1` is
//! `[1, [1]]`. Trailing "null" items (`0`, `""`, `ga`, `final`, `release`, empty lists) are
//! trimmed from each list, so `1.0.0` = `1` and `1-ga` = `1`. Items order as:
//! qualifiers < lists < numbers, qualifiers by `alpha < beta < milestone < rc = cr < snapshot <
//! "" = ga = final = release < sp < anything else (alphabetically)`, and a missing item compares
//! as a null one of whatever the other side has.

use std::cmp::Ordering;

use super::num::Num;

#[derive(Debug, Clone)]
pub(crate) struct MavenVersion {
    items: Vec<Item>,
}

#[derive(Debug, Clone)]
enum Item {
    Int(Num),
    /// A qualifier as (rank, text): rank is its index among the known qualifiers, or
    /// `UNKNOWN` with the text kept for the alphabetical order.
    Str(u8, Box<str>),
    List(Vec<Item>),
}

const QUALIFIERS: [&str; 7] = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];
const RELEASE: u8 = 5;
const UNKNOWN: u8 = 7;

fn qualifier(value: &str, followed_by_digit: bool) -> Item {
    let value = match value {
        "a" if followed_by_digit => "alpha",
        "b" if followed_by_digit => "beta",
        "m" if followed_by_digit => "milestone",
        "ga" | "final" | "release" => "",
        "cr" => "rc",
        v => v,
    };
    match QUALIFIERS.iter().position(|q| *q == value) {
        Some(i) => Item::Str(i as u8, "".into()),
        None => Item::Str(UNKNOWN, value.into()),
    }
}

fn parse_item(is_digit: bool, buf: &str) -> Item {
    if is_digit {
        Item::Int(Num::from_digits(buf))
    } else {
        qualifier(buf, false)
    }
}

impl Item {
    fn is_null(&self) -> bool {
        match self {
            Item::Int(n) => n.is_zero(),
            Item::Str(rank, _) => *rank == RELEASE,
            Item::List(l) => l.is_empty(),
        }
    }

    /// How this item compares with a missing one.
    fn cmp_null(&self) -> Ordering {
        match self {
            Item::Int(n) => {
                if n.is_zero() {
                    Ordering::Equal
                } else {
                    Ordering::Greater
                }
            }
            Item::Str(rank, _) => rank.cmp(&RELEASE),
            // The whole list, not only its first item (MNG-6964): `1-0-1` > `1`.
            Item::List(l) => l
                .iter()
                .map(Item::cmp_null)
                .find(|o| *o != Ordering::Equal)
                .unwrap_or(Ordering::Equal),
        }
    }

    fn cmp_item(&self, other: &Item) -> Ordering {
        match (self, other) {
            (Item::Int(a), Item::Int(b)) => a.cmp(b),
            (Item::Int(_), _) => Ordering::Greater,
            (_, Item::Int(_)) => Ordering::Less,
            (Item::Str(ra, a), Item::Str(rb, b)) => ra.cmp(rb).then_with(|| a.cmp(b)),
            (Item::Str(..), Item::List(l)) => cmp_list_scalar(l, self).reverse(),
            (Item::List(l), Item::Str(..)) => cmp_list_scalar(l, other),
            (Item::List(a), Item::List(b)) => cmp_lists(a, b),
        }
    }
}

/// A list against a qualifier, as Maven 4 does it: the list's first item against the
/// qualifier, then the rest of the list against nothing. Maven 3.8 put every list above every
/// qualifier, which is not transitive (`1-sp` > `1` > `1-0-rc` > `1-sp`), and a `sort` over a
/// non-transitive order may panic; this is the one place the order departs from Maven 3.8.7.
fn cmp_list_scalar(list: &[Item], scalar: &Item) -> Ordering {
    let Some((first, rest)) = list.split_first() else {
        return scalar.cmp_null().reverse();
    };
    first.cmp_item(scalar).then_with(|| {
        rest.iter()
            .map(Item::cmp_null)
            .find(|o| *o != Ordering::Equal)
            .unwrap_or(Ordering::Equal)
    })
}

fn cmp_lists(a: &[Item], b: &[Item]) -> Ordering {
    for i in 0..a.len().max(b.len()) {
        let o = match (a.get(i), b.get(i)) {
            (Some(l), Some(r)) => l.cmp_item(r),
            (Some(l), None) => l.cmp_null(),
            (None, Some(r)) => r.cmp_null().reverse(),
            (None, None) => Ordering::Equal,
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

/// `ListItem.normalize`: drops null items from the end, looking through trailing lists but
/// stopping at the first non-null number or qualifier.
fn normalize(list: &mut Vec<Item>) {
    let mut i = list.len();
    while i > 0 {
        i -= 1;
        if list[i].is_null() {
            list.remove(i);
        } else if !matches!(list[i], Item::List(_)) {
            break;
        }
    }
}

impl MavenVersion {
    pub(crate) fn parse(s: &str) -> Self {
        let version = s.to_lowercase();
        // Every new list is the last item of the one before, so the nesting is a chain.
        let mut chain: Vec<Vec<Item>> = vec![Vec::new()];
        let mut is_digit = false;
        let mut start = 0;
        for (i, c) in version.char_indices() {
            let list = chain.len() - 1;
            if c == '.' || c == '-' {
                if i == start {
                    chain[list].push(Item::Int(Num::ZERO));
                } else {
                    chain[list].push(parse_item(is_digit, &version[start..i]));
                }
                start = i + 1;
                if c == '-' {
                    chain.push(Vec::new());
                }
            } else if c.is_ascii_digit() {
                if !is_digit && i > start {
                    // A qualifier after other items opens its own list, as Maven 3.8 does.
                    if !chain[list].is_empty() {
                        chain.push(Vec::new());
                    }
                    let list = chain.len() - 1;
                    chain[list].push(qualifier(&version[start..i], true));
                    start = i;
                    chain.push(Vec::new());
                }
                is_digit = true;
            } else {
                if is_digit && i > start {
                    chain[list].push(parse_item(true, &version[start..i]));
                    start = i;
                    chain.push(Vec::new());
                }
                is_digit = false;
            }
        }
        if version.len() > start {
            // A trailing qualifier after other items also opens its own list, so `1.0.0.x`
            // and `1-x` agree.
            if !is_digit && !chain[chain.len() - 1].is_empty() {
                chain.push(Vec::new());
            }
            let list = chain.len() - 1;
            chain[list].push(parse_item(is_digit, &version[start..]));
        }
        let mut items = Vec::new();
        while let Some(mut list) = chain.pop() {
            if let Some(last) = chain.last_mut() {
                normalize(&mut list);
                last.push(Item::List(list));
            } else {
                normalize(&mut list);
                items = list;
            }
        }
        MavenVersion { items }
    }
}

impl Ord for MavenVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp_lists(&self.items, &other.items)
    }
}

eq_from_ord!(MavenVersion);

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::*;

    use super::super::Scheme;

    fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
        Scheme::Maven
            .compare(a, b)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn qualifier_order() {
        let ordered = [
            "1-alpha",
            "1-beta",
            "1-milestone",
            "1-rc",
            "1-snapshot",
            "1",
            "1-sp",
            "1-abc",
            "1-1",
            "1.1",
        ];
        for w in ordered.windows(2) {
            assert_eq!(cmp(w[0], w[1]), Less, "{} < {}", w[0], w[1]);
        }
        assert_eq!(cmp("1-cr", "1-RC"), Equal);
        assert_eq!(cmp("1.0.0-final", "1"), Equal);
        assert_eq!(cmp("1.0-SNAPSHOT", "1.0"), Less);
        assert_eq!(cmp("1.0.0.RELEASE", "1.0.0"), Equal);
        assert_eq!(cmp("2.0", "2.0.0.0.0.1"), Less);
        assert_eq!(cmp("", "0"), Equal);
    }
}
