//! Version parsing and ordering for every scheme: the first byte picks the scheme, the rest is
//! split in two at its middle. Parsing must not panic, and the order must be antisymmetric and
//! reflexive; where three versions parse, it must also be transitive.
#![no_main]

use std::cmp::Ordering;

use libfuzzer_sys::fuzz_target;
use mamori_vuln::version::Scheme;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let schemes = Scheme::all();
    let scheme = schemes[usize::from(pick) % schemes.len()];
    let text = String::from_utf8_lossy(rest);
    let mut mid = text.len() / 2;
    while !text.is_char_boundary(mid) {
        mid -= 1;
    }
    let (a, b) = text.split_at(mid);
    let (Ok(va), Ok(vb)) = (scheme.parse(a), scheme.parse(b)) else {
        return;
    };
    assert_eq!(va.cmp(&va), Ordering::Equal, "{a:?} != itself");
    assert_eq!(vb.cmp(&vb), Ordering::Equal, "{b:?} != itself");
    assert_eq!(
        va.cmp(&vb),
        vb.cmp(&va).reverse(),
        "{a:?} vs {b:?} not antisymmetric"
    );
    assert_eq!(va == vb, va.cmp(&vb) == Ordering::Equal);
    assert_eq!(va.to_string(), a);
    assert_eq!(scheme.compare(a, b).ok(), Some(va.cmp(&vb)));
    // A third version from the whole input: a <= b and b <= c implies a <= c.
    if let Ok(vc) = scheme.parse(&text) {
        let v = [&va, &vb, &vc];
        for x in v {
            for y in v {
                for z in v {
                    if x <= y && y <= z {
                        assert!(x <= z, "{a:?} {b:?} {text:?} not transitive");
                    }
                }
            }
        }
    }
});
