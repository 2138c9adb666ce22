//! PEM block extraction from arbitrary text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori_inventory::pem;

fuzz_target!(|data: &[u8]| {
    let (blocks, _problems) = pem::parse_all(data);
    for b in blocks {
        assert!(b.offset < data.len());
    }
});
