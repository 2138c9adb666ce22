//! OpenSSL cipher-list strings (`HIGH:!aNULL:!MD5`), evaluated the way OpenSSL 3 does.
//!
//! This is a port of the rule engine of OpenSSL's `ssl/ssl_ciph.c` (`ssl_create_cipher_list`,
//! `ssl_cipher_process_rulestr`, `ssl_cipher_apply_rule`): the same starting order, the same
//! alias table and masks, the same `!`/`-`/`+`/`@` operators and `A+B` intersections, the same
//! `DEFAULT` and `SUITEB*` prefixes. Each suite's OpenSSL attributes (key exchange,
//! authentication, cipher and MAC bits, minimum version, strength class) are derived from the
//! catalogue's [`TlsCipherSuite`] parts, so nothing here restates a strength.
//!
//! One deliberate difference from OpenSSL 3.0: suites may be named by their IANA names
//! (`TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`), as OpenSSL 3.1 and later accept.
//!
//! The suites considered are those an OpenSSL 1.1.1/3.x build can offer: static DH/ECDH,
//! Kerberos, export and single-DES suites are gone from OpenSSL, while RC4 (weak-ssl-ciphers
//! builds), 3DES, IDEA and SEED are kept because some builds still offer them and a string that
//! admits them should say so. TLS 1.3 suites are not governed by cipher strings and are absent.

use std::collections::HashMap;
use std::sync::LazyLock;

use mamori_model::catalogue::{self, TlsCipherSuite};

// Key exchange (OpenSSL `SSL_k*`).
const K_RSA: u32 = 1 << 0;
const K_DHE: u32 = 1 << 1;
const K_ECDHE: u32 = 1 << 2;
const K_PSK: u32 = 1 << 3;
const K_RSAPSK: u32 = 1 << 4;
const K_ECDHEPSK: u32 = 1 << 5;
const K_DHEPSK: u32 = 1 << 6;
const K_SRP: u32 = 1 << 7;
const K_GOST: u32 = 1 << 8;
const K_GOST18: u32 = 1 << 9;
const K_ANY_PSK: u32 = K_PSK | K_RSAPSK | K_ECDHEPSK | K_DHEPSK;

// Authentication (`SSL_a*`).
const A_RSA: u32 = 1 << 0;
const A_DSS: u32 = 1 << 1;
const A_NULL: u32 = 1 << 2;
const A_ECDSA: u32 = 1 << 3;
const A_PSK: u32 = 1 << 4;
const A_GOST01: u32 = 1 << 5;
const A_GOST12: u32 = 1 << 6;
const A_SRP: u32 = 1 << 7;

// Bulk encryption (`SSL_*` enc bits).
const E_DES: u32 = 1 << 0;
const E_3DES: u32 = 1 << 1;
const E_RC4: u32 = 1 << 2;
const E_RC2: u32 = 1 << 3;
const E_IDEA: u32 = 1 << 4;
const E_NULL: u32 = 1 << 5;
const E_AES128: u32 = 1 << 6;
const E_AES256: u32 = 1 << 7;
const E_CAMELLIA128: u32 = 1 << 8;
const E_CAMELLIA256: u32 = 1 << 9;
const E_GOST89: u32 = 1 << 10;
const E_SEED: u32 = 1 << 11;
const E_AES128GCM: u32 = 1 << 12;
const E_AES256GCM: u32 = 1 << 13;
const E_AES128CCM: u32 = 1 << 14;
const E_AES256CCM: u32 = 1 << 15;
const E_AES128CCM8: u32 = 1 << 16;
const E_AES256CCM8: u32 = 1 << 17;
const E_GOST89_12: u32 = 1 << 18;
const E_CHACHA20: u32 = 1 << 19;
const E_ARIA128GCM: u32 = 1 << 20;
const E_ARIA256GCM: u32 = 1 << 21;
const E_MAGMA: u32 = 1 << 22;
const E_KUZNYECHIK: u32 = 1 << 23;
const E_AESGCM: u32 = E_AES128GCM | E_AES256GCM;
const E_AESCCM: u32 = E_AES128CCM | E_AES256CCM | E_AES128CCM8 | E_AES256CCM8;
const E_AES: u32 = E_AES128 | E_AES256 | E_AESGCM | E_AESCCM;
const E_CAMELLIA: u32 = E_CAMELLIA128 | E_CAMELLIA256;
const E_ARIA: u32 = E_ARIA128GCM | E_ARIA256GCM;
const E_CBC: u32 = E_DES | E_3DES | E_RC2 | E_IDEA | E_AES128 | E_AES256 | E_CAMELLIA | E_SEED;
const E_GOST: u32 = E_GOST89 | E_GOST89_12 | E_MAGMA | E_KUZNYECHIK;

// MAC (`SSL_*` mac bits).
const M_MD5: u32 = 1 << 0;
const M_SHA1: u32 = 1 << 1;
const M_GOST94: u32 = 1 << 2;
const M_GOST89MAC: u32 = 1 << 3;
const M_SHA256: u32 = 1 << 4;
const M_SHA384: u32 = 1 << 5;
const M_AEAD: u32 = 1 << 6;
const M_GOST12_256: u32 = 1 << 7;
const M_GOST89MAC12: u32 = 1 << 8;

// Strength classes (`SSL_STRONG_MASK`) and the not-in-DEFAULT flag (`SSL_DEFAULT_MASK`).
const S_NONE: u32 = 1 << 0;
const S_LOW: u32 = 1 << 1;
const S_MEDIUM: u32 = 1 << 2;
const S_HIGH: u32 = 1 << 3;
const S_FIPS: u32 = 1 << 4;
const S_NOT_DEFAULT: u32 = 1 << 5;
const STRONG_MASK: u32 = 0x1f;
const DEFAULT_MASK: u32 = 0x20;

// Minimum protocol versions, in OpenSSL's order.
const V_SSL3: u8 = 1;
const V_TLS1: u8 = 2;
const V_TLS1_2: u8 = 4;

/// OpenSSL's built-in `DEFAULT` (OpenSSL 3.x `OSSL_default_cipher_list`).
const DEFAULT_RULES: &str = "ALL:!COMPLEMENTOFDEFAULT:!eNULL";

/// Longest cipher string evaluated; real ones are a few hundred bytes.
const MAX_RULE_BYTES: usize = 16 * 1024;

/// Why a cipher string is rejected, as OpenSSL would reject it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CipherStringError {
    /// An element starts with a character that is neither an operator, a separator nor part of
    /// a name (`SSL_R_INVALID_COMMAND`).
    InvalidCommand(usize),
    /// An `@` command other than `@STRENGTH` and `@SECLEVEL=0..5`.
    InvalidSpecial(String),
    /// Longer than any real cipher string.
    TooLong,
}

impl std::fmt::Display for CipherStringError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CipherStringError::InvalidCommand(at) => write!(f, "invalid command at byte {at}"),
            CipherStringError::InvalidSpecial(s) => write!(f, "invalid @ command `{s}`"),
            CipherStringError::TooLong => write!(f, "cipher string too long"),
        }
    }
}

impl std::error::Error for CipherStringError {}

#[derive(Debug)]
struct Cipher {
    suite: &'static TlsCipherSuite,
    mkey: u32,
    auth: u32,
    enc: u32,
    mac: u32,
    min_tls: u8,
    strength: u32,
    strength_bits: u16,
}

#[derive(Debug, Clone, Copy)]
struct Alias {
    name: &'static str,
    mkey: u32,
    auth: u32,
    enc: u32,
    mac: u32,
    min_tls: u8,
    strength: u32,
}

const fn alias(name: &'static str) -> Alias {
    Alias {
        name,
        mkey: 0,
        auth: 0,
        enc: 0,
        mac: 0,
        min_tls: 0,
        strength: 0,
    }
}

const fn k(name: &'static str, mkey: u32) -> Alias {
    Alias {
        mkey,
        ..alias(name)
    }
}
const fn a(name: &'static str, auth: u32) -> Alias {
    Alias {
        auth,
        ..alias(name)
    }
}
const fn ka(name: &'static str, mkey: u32, auth: u32) -> Alias {
    Alias {
        mkey,
        auth,
        ..alias(name)
    }
}
const fn e(name: &'static str, enc: u32) -> Alias {
    Alias { enc, ..alias(name) }
}
const fn m(name: &'static str, mac: u32) -> Alias {
    Alias { mac, ..alias(name) }
}
const fn v(name: &'static str, min_tls: u8) -> Alias {
    Alias {
        min_tls,
        ..alias(name)
    }
}
const fn st(name: &'static str, strength: u32) -> Alias {
    Alias {
        strength,
        ..alias(name)
    }
}

/// OpenSSL 3's `cipher_aliases`, in its order.
static ALIASES: &[Alias] = &[
    e("ALL", !E_NULL),
    e("COMPLEMENTOFALL", E_NULL),
    st("COMPLEMENTOFDEFAULT", S_NOT_DEFAULT),
    k("kRSA", K_RSA),
    k("kEDH", K_DHE),
    k("kDHE", K_DHE),
    k("DH", K_DHE),
    k("kEECDH", K_ECDHE),
    k("kECDHE", K_ECDHE),
    k("ECDH", K_ECDHE),
    k("kPSK", K_PSK),
    k("kRSAPSK", K_RSAPSK),
    k("kECDHEPSK", K_ECDHEPSK),
    k("kDHEPSK", K_DHEPSK),
    k("kSRP", K_SRP),
    k("kGOST", K_GOST),
    k("kGOST18", K_GOST18),
    a("aRSA", A_RSA),
    a("aDSS", A_DSS),
    a("DSS", A_DSS),
    a("aNULL", A_NULL),
    a("aECDSA", A_ECDSA),
    a("ECDSA", A_ECDSA),
    a("aPSK", A_PSK),
    a("aGOST01", A_GOST01),
    a("aGOST12", A_GOST12),
    a("aGOST", A_GOST01 | A_GOST12),
    a("aSRP", A_SRP),
    ka("EDH", K_DHE, !A_NULL),
    ka("DHE", K_DHE, !A_NULL),
    ka("EECDH", K_ECDHE, !A_NULL),
    ka("ECDHE", K_ECDHE, !A_NULL),
    e("NULL", E_NULL),
    ka("RSA", K_RSA, A_RSA),
    ka("ADH", K_DHE, A_NULL),
    ka("AECDH", K_ECDHE, A_NULL),
    k("PSK", K_ANY_PSK),
    k("SRP", K_SRP),
    e("3DES", E_3DES),
    e("RC4", E_RC4),
    e("RC2", E_RC2),
    e("IDEA", E_IDEA),
    e("SEED", E_SEED),
    e("eNULL", E_NULL),
    e("GOST", E_GOST),
    e(
        "AES128",
        E_AES128 | E_AES128GCM | E_AES128CCM | E_AES128CCM8,
    ),
    e(
        "AES256",
        E_AES256 | E_AES256GCM | E_AES256CCM | E_AES256CCM8,
    ),
    e("AES", E_AES),
    e("AESGCM", E_AESGCM),
    e("AESCCM", E_AESCCM),
    e("AESCCM8", E_AES128CCM8 | E_AES256CCM8),
    e("CAMELLIA128", E_CAMELLIA128),
    e("CAMELLIA256", E_CAMELLIA256),
    e("CAMELLIA", E_CAMELLIA),
    e("CHACHA20", E_CHACHA20),
    e("GOST2012-GOST8912-GOST8912", E_GOST89_12),
    e("ARIA", E_ARIA),
    e("ARIAGCM", E_ARIA),
    e("ARIA128", E_ARIA128GCM),
    e("ARIA256", E_ARIA256GCM),
    e("CBC", E_CBC),
    m("MD5", M_MD5),
    m("SHA1", M_SHA1),
    m("SHA", M_SHA1),
    m("GOST94", M_GOST94),
    m("GOST89MAC", M_GOST89MAC | M_GOST89MAC12),
    m("SHA256", M_SHA256),
    m("SHA384", M_SHA384),
    m("GOST12", M_GOST12_256),
    v("SSLv3", V_SSL3),
    v("TLSv1", V_TLS1),
    v("TLSv1.0", V_TLS1),
    v("TLSv1.2", V_TLS1_2),
    st("LOW", S_LOW),
    st("MEDIUM", S_MEDIUM),
    st("HIGH", S_HIGH),
    Alias {
        enc: !E_NULL,
        strength: S_FIPS,
        ..alias("FIPS")
    },
];

/// OpenSSL 3 names that differ from the catalogue's (which keeps the older `EDH-` spelling).
static EXTRA_NAMES: &[(&str, u16)] = &[
    ("DHE-DSS-DES-CBC3-SHA", 0x0013),
    ("DHE-RSA-DES-CBC3-SHA", 0x0016),
];

fn classify(suite: &'static TlsCipherSuite) -> Option<Cipher> {
    suite.openssl_name?;
    // Export suites, OpenSSL's experimental EXPORT1024 block and the pre-RFC ChaCha20 suites
    // never shipped in OpenSSL 1.1.1/3.x.
    if suite.export
        || (0x0060..=0x0066).contains(&suite.code)
        || (0xCC13..=0xCC15).contains(&suite.code)
    {
        return None;
    }
    let auth_name = suite.authentication?;
    let mkey = match suite.key_exchange? {
        "RSA-KeyTransport" if suite.iana_name.contains("_RSA_PSK_") => K_RSAPSK,
        "RSA-KeyTransport" => K_RSA,
        "DHE" if auth_name == "PSK" => K_DHEPSK,
        "DHE" => K_DHE,
        "ECDHE" if auth_name == "PSK" => K_ECDHEPSK,
        "ECDHE" => K_ECDHE,
        "PSK" => K_PSK,
        "SRP" => K_SRP,
        _ => return None,
    };
    let auth = match auth_name {
        "RSA" => A_RSA,
        "DSA" => A_DSS,
        "ECDSA" => A_ECDSA,
        "anon" => A_NULL,
        "PSK" => A_PSK,
        "SRP" => A_SRP,
        _ => return None,
    };
    let enc = match suite.cipher {
        "NULL" => E_NULL,
        "AES-128-CBC" => E_AES128,
        "AES-256-CBC" => E_AES256,
        "AES-128-GCM" => E_AES128GCM,
        "AES-256-GCM" => E_AES256GCM,
        "AES-128-CCM" => E_AES128CCM,
        "AES-256-CCM" => E_AES256CCM,
        "AES-128-CCM-8" => E_AES128CCM8,
        "AES-256-CCM-8" => E_AES256CCM8,
        "CAMELLIA-128-CBC" => E_CAMELLIA128,
        "CAMELLIA-256-CBC" => E_CAMELLIA256,
        "ChaCha20-Poly1305" => E_CHACHA20,
        "ARIA-128-GCM" => E_ARIA128GCM,
        "ARIA-256-GCM" => E_ARIA256GCM,
        "DES-EDE3-CBC" => E_3DES,
        "RC4-128" => E_RC4,
        "IDEA-CBC" => E_IDEA,
        "SEED-CBC" => E_SEED,
        _ => return None,
    };
    let mac = match suite.mac {
        None => M_AEAD,
        Some("HMAC-MD5") => M_MD5,
        Some("HMAC-SHA1") => M_SHA1,
        Some("HMAC-SHA256") => M_SHA256,
        Some("HMAC-SHA384") => M_SHA384,
        Some(_) => return None,
    };
    // OpenSSL's min_tls: AEAD and SHA-2 MAC suites need TLS 1.2, except the RFC 5487/5489 PSK
    // suites, which TLS 1.0 may use; RFC 4492 ECDHE suites start at TLS 1.0; the rest at SSLv3.
    let min_tls = if mac == M_AEAD {
        V_TLS1_2
    } else if mac & (M_SHA256 | M_SHA384) != 0 {
        if mkey & K_ANY_PSK != 0 {
            V_TLS1
        } else {
            V_TLS1_2
        }
    } else if mkey & (K_ECDHE | K_ECDHEPSK) != 0 {
        V_TLS1
    } else {
        V_SSL3
    };
    let class = match enc {
        E_NULL => S_NONE,
        E_RC4 | E_3DES | E_IDEA | E_SEED => S_MEDIUM,
        E_DES => S_LOW,
        _ => S_HIGH,
    };
    // COMPLEMENTOFDEFAULT: anonymous suites (but not AECDH-NULL-SHA), DSS, CCM, ARIA, Camellia
    // and the legacy ciphers.
    let not_default = (auth == A_NULL && enc != E_NULL)
        || auth == A_DSS
        || enc & (E_AESCCM | E_ARIA | E_CAMELLIA | E_RC4 | E_3DES | E_IDEA | E_SEED | E_DES) != 0;
    let fips = enc & (E_AES128 | E_AES256 | E_AESGCM | E_3DES) != 0 && mkey != K_SRP;
    let strength =
        class | if fips { S_FIPS } else { 0 } | if not_default { S_NOT_DEFAULT } else { 0 };
    // OpenSSL's strength_bits is the cipher's key strength, which is the catalogue's figure.
    let strength_bits = catalogue::by_name(suite.cipher)
        .and_then(|entry| entry.classical_bits)
        .unwrap_or(0);
    Some(Cipher {
        suite,
        mkey,
        auth,
        enc,
        mac,
        min_tls,
        strength,
        strength_bits,
    })
}

/// Every suite an OpenSSL cipher string can select, in OpenSSL's collection order (its table is
/// walked backwards, which puts later codepoints first).
static CIPHERS: LazyLock<Vec<Cipher>> = LazyLock::new(|| {
    (0..=u16::MAX)
        .rev()
        .filter_map(catalogue::tls_cipher_suite)
        .filter_map(classify)
        .collect()
});

static BY_NAME: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (i, c) in CIPHERS.iter().enumerate() {
        if let Some(name) = c.suite.openssl_name {
            map.insert(name, i);
        }
        map.entry(c.suite.iana_name).or_insert(i);
    }
    for (name, code) in EXTRA_NAMES {
        if let Some(i) = CIPHERS.iter().position(|c| c.suite.code == *code) {
            map.insert(*name, i);
        }
    }
    map
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Add,
    Del,
    Ord,
    Kill,
    Bump,
}

/// The selection criteria of one rule.
#[derive(Debug, Clone, Copy, Default)]
struct Pattern {
    cipher: Option<usize>,
    mkey: u32,
    auth: u32,
    enc: u32,
    mac: u32,
    min_tls: u8,
    strength: u32,
}

/// OpenSSL's `CIPHER_ORDER` doubly linked list, over indices into [`CIPHERS`].
struct Order<'c> {
    ciphers: &'c [Cipher],
    prev: Vec<Option<usize>>,
    next: Vec<Option<usize>>,
    active: Vec<bool>,
    head: Option<usize>,
    tail: Option<usize>,
}

impl<'c> Order<'c> {
    fn new(ciphers: &'c [Cipher]) -> Order<'c> {
        let n = ciphers.len();
        Order {
            ciphers,
            prev: (0..n).map(|i| i.checked_sub(1)).collect(),
            next: (0..n).map(|i| (i + 1 < n).then_some(i + 1)).collect(),
            active: vec![false; n],
            head: (n > 0).then_some(0),
            tail: n.checked_sub(1),
        }
    }

    fn unlink(&mut self, i: usize) {
        if self.head == Some(i) {
            self.head = self.next[i];
        }
        if self.tail == Some(i) {
            self.tail = self.prev[i];
        }
        if let Some(p) = self.prev[i] {
            self.next[p] = self.next[i];
        }
        if let Some(n) = self.next[i] {
            self.prev[n] = self.prev[i];
        }
        self.prev[i] = None;
        self.next[i] = None;
    }

    fn append_tail(&mut self, i: usize) {
        if self.tail == Some(i) {
            return;
        }
        self.unlink(i);
        match self.tail {
            Some(t) => {
                self.next[t] = Some(i);
                self.prev[i] = Some(t);
            }
            None => self.head = Some(i),
        }
        self.tail = Some(i);
    }

    fn append_head(&mut self, i: usize) {
        if self.head == Some(i) {
            return;
        }
        self.unlink(i);
        match self.head {
            Some(h) => {
                self.prev[h] = Some(i);
                self.next[i] = Some(h);
            }
            None => self.tail = Some(i),
        }
        self.head = Some(i);
    }

    fn matches(&self, i: usize, p: &Pattern) -> bool {
        let c = &self.ciphers[i];
        if p.cipher.is_some_and(|id| id != i) {
            return false;
        }
        if p.mkey != 0 && p.mkey & c.mkey == 0 {
            return false;
        }
        if p.auth != 0 && p.auth & c.auth == 0 {
            return false;
        }
        if p.enc != 0 && p.enc & c.enc == 0 {
            return false;
        }
        if p.mac != 0 && p.mac & c.mac == 0 {
            return false;
        }
        if p.min_tls != 0 && p.min_tls != c.min_tls {
            return false;
        }
        if p.strength & STRONG_MASK != 0 && p.strength & STRONG_MASK & c.strength == 0 {
            return false;
        }
        if p.strength & DEFAULT_MASK != 0 && p.strength & DEFAULT_MASK & c.strength == 0 {
            return false;
        }
        true
    }

    /// `ssl_cipher_apply_rule`: walk the list once (backwards for deletions and bumps, so that
    /// the relative order of the moved suites is kept) and apply `op` to every match.
    fn apply(&mut self, p: &Pattern, op: Op, strength_bits: Option<u16>) {
        let reverse = matches!(op, Op::Del | Op::Bump);
        let (mut next, last) = if reverse {
            (self.tail, self.head)
        } else {
            (self.head, self.tail)
        };
        let mut curr: Option<usize> = None;
        loop {
            if curr == last {
                break;
            }
            curr = next;
            let Some(i) = curr else { break };
            next = if reverse { self.prev[i] } else { self.next[i] };
            let selected = match strength_bits {
                Some(bits) => self.ciphers[i].strength_bits == bits,
                None => self.matches(i, p),
            };
            if !selected {
                continue;
            }
            match op {
                Op::Add => {
                    if !self.active[i] {
                        self.append_tail(i);
                        self.active[i] = true;
                    }
                }
                Op::Ord => {
                    if self.active[i] {
                        self.append_tail(i);
                    }
                }
                Op::Del => {
                    if self.active[i] {
                        self.append_head(i);
                        self.active[i] = false;
                    }
                }
                Op::Bump => {
                    if self.active[i] {
                        self.append_head(i);
                    }
                }
                Op::Kill => {
                    self.unlink(i);
                    self.active[i] = false;
                }
            }
        }
    }

    /// `ssl_cipher_strength_sort`: stable sort of the active suites by strength, strongest first.
    fn strength_sort(&mut self) {
        let mut used: Vec<u16> = Vec::new();
        let mut cursor = self.head;
        while let Some(i) = cursor {
            if self.active[i] {
                used.push(self.ciphers[i].strength_bits);
            }
            cursor = self.next[i];
        }
        used.sort_unstable_by(|x, y| y.cmp(x));
        used.dedup();
        for bits in used {
            self.apply(&Pattern::default(), Op::Ord, Some(bits));
        }
    }

    fn active_in_order(&self) -> Vec<&'static TlsCipherSuite> {
        let mut out = Vec::new();
        let mut cursor = self.head;
        let mut steps = 0;
        while let Some(i) = cursor {
            if self.active[i] {
                out.push(self.ciphers[i].suite);
            }
            cursor = self.next[i];
            steps += 1;
            if steps > self.ciphers.len() {
                break;
            }
        }
        out
    }
}

fn pattern_k(mkey: u32) -> Pattern {
    Pattern {
        mkey,
        ..Pattern::default()
    }
}

/// OpenSSL 3's preference order before the string is applied, everything disabled.
fn initial_order(ciphers: &[Cipher]) -> Order<'_> {
    let mut o = Order::new(ciphers);
    let enc = |enc| Pattern {
        enc,
        ..Pattern::default()
    };
    let mac = |mac| Pattern {
        mac,
        ..Pattern::default()
    };
    o.apply(
        &Pattern {
            mkey: K_ECDHE,
            auth: A_ECDSA,
            ..Pattern::default()
        },
        Op::Add,
        None,
    );
    o.apply(&pattern_k(K_ECDHE), Op::Add, None);
    o.apply(&pattern_k(K_ECDHE), Op::Del, None);
    o.apply(&enc(E_AESGCM), Op::Add, None);
    o.apply(&enc(E_CHACHA20), Op::Add, None);
    o.apply(&enc(E_AES ^ E_AESGCM), Op::Add, None);
    o.apply(&Pattern::default(), Op::Add, None);
    o.apply(&mac(M_MD5), Op::Ord, None);
    o.apply(
        &Pattern {
            auth: A_NULL,
            ..Pattern::default()
        },
        Op::Ord,
        None,
    );
    o.apply(&pattern_k(K_RSA), Op::Ord, None);
    o.apply(&pattern_k(K_PSK), Op::Ord, None);
    o.apply(&enc(E_RC4), Op::Ord, None);
    o.strength_sort();
    o.apply(
        &Pattern {
            min_tls: V_TLS1_2,
            ..Pattern::default()
        },
        Op::Bump,
        None,
    );
    o.apply(&mac(M_AEAD), Op::Bump, None);
    o.apply(&pattern_k(K_DHE | K_ECDHE), Op::Bump, None);
    o.apply(
        &Pattern {
            mkey: K_DHE | K_ECDHE,
            mac: M_AEAD,
            ..Pattern::default()
        },
        Op::Bump,
        None,
    );
    o.apply(&Pattern::default(), Op::Del, None);
    o
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'=')
}

fn is_separator(b: u8) -> bool {
    matches!(b, b':' | b' ' | b';' | b',')
}

/// One name of a rule: a suite by OpenSSL or IANA name, else an alias.
fn lookup(name: &str) -> Option<(Option<usize>, Alias)> {
    if let Some(&i) = BY_NAME.get(name) {
        let c = &CIPHERS[i];
        let found = Alias {
            name: "",
            mkey: c.mkey,
            auth: c.auth,
            enc: c.enc,
            mac: c.mac,
            min_tls: 0,
            strength: c.strength,
        };
        return Some((Some(i), found));
    }
    ALIASES.iter().find(|a| a.name == name).map(|a| (None, *a))
}

/// Intersect `value` into `acc` as OpenSSL does; `false` when the intersection is empty.
fn intersect(acc: &mut u32, value: u32) -> bool {
    if value == 0 {
        return true;
    }
    if *acc == 0 {
        *acc = value;
        return true;
    }
    *acc &= value;
    *acc != 0
}

/// `ssl_cipher_process_rulestr`.
fn process(rules: &[u8], order: &mut Order<'_>) -> Result<(), CipherStringError> {
    let mut l = 0usize;
    let mut result = Ok(());
    while l < rules.len() {
        let ch = rules[l];
        let op = match ch {
            b'-' => Some(Op::Del),
            b'+' => Some(Op::Ord),
            b'!' => Some(Op::Kill),
            b'@' => None,
            _ => Some(Op::Add),
        };
        if matches!(ch, b'-' | b'+' | b'!' | b'@') {
            l += 1;
        }
        if is_separator(ch) {
            l += 1;
            continue;
        }
        let mut pattern = Pattern::default();
        let mut found = false;
        let mut special: Option<&[u8]> = None;
        loop {
            let start = l;
            while l < rules.len() && is_name_byte(rules[l]) {
                l += 1;
            }
            if l == start {
                return Err(CipherStringError::InvalidCommand(start));
            }
            let name = &rules[start..l];
            if op.is_none() {
                special = Some(name);
                break;
            }
            let multi = rules.get(l) == Some(&b'+');
            if multi {
                l += 1;
            }
            let Some((cipher, found_alias)) = std::str::from_utf8(name).ok().and_then(lookup)
            else {
                found = false;
                break;
            };
            found = intersect(&mut pattern.mkey, found_alias.mkey)
                && intersect(&mut pattern.auth, found_alias.auth)
                && intersect(&mut pattern.enc, found_alias.enc)
                && intersect(&mut pattern.mac, found_alias.mac);
            if !found {
                break;
            }
            let strong = found_alias.strength & STRONG_MASK;
            if strong != 0 {
                if pattern.strength & STRONG_MASK != 0 {
                    pattern.strength &= strong | !STRONG_MASK;
                    if pattern.strength & STRONG_MASK == 0 {
                        found = false;
                        break;
                    }
                } else {
                    pattern.strength = strong;
                }
            }
            let default = found_alias.strength & DEFAULT_MASK;
            if default != 0 {
                if pattern.strength & DEFAULT_MASK != 0 {
                    pattern.strength &= default | !DEFAULT_MASK;
                    if pattern.strength & DEFAULT_MASK == 0 {
                        found = false;
                        break;
                    }
                } else {
                    pattern.strength |= default;
                }
            }
            match cipher {
                // An explicit suite: its protocol version is not part of the pattern.
                Some(id) => pattern.cipher = Some(id),
                None if found_alias.min_tls != 0 => {
                    if pattern.min_tls != 0 && pattern.min_tls != found_alias.min_tls {
                        found = false;
                        break;
                    }
                    pattern.min_tls = found_alias.min_tls;
                }
                None => {}
            }
            if !multi {
                break;
            }
        }
        match (op, special) {
            (None, Some(cmd)) => {
                if cmd == b"STRENGTH" {
                    order.strength_sort();
                } else if cmd.len() == 10
                    && cmd.starts_with(b"SECLEVEL=")
                    && (b'0'..=b'5').contains(&cmd[9])
                {
                    // The security level filters at handshake time, not in the list.
                } else {
                    result = Err(CipherStringError::InvalidSpecial(
                        String::from_utf8_lossy(cmd).into_owned(),
                    ));
                }
                while l < rules.len() && !is_separator(rules[l]) {
                    l += 1;
                }
            }
            (Some(op), _) if found => order.apply(&pattern, op, None),
            _ => {
                while l < rules.len() && !is_separator(rules[l]) {
                    l += 1;
                }
            }
        }
    }
    result
}

/// The TLS 1.2-and-earlier suites a cipher string enables, in OpenSSL's preference order.
pub fn evaluate(rules: &str) -> Result<Vec<&'static TlsCipherSuite>, CipherStringError> {
    if rules.len() > MAX_RULE_BYTES {
        return Err(CipherStringError::TooLong);
    }
    let mut rules = rules.as_bytes();
    // check_suiteb_cipher_list: a Suite B prefix replaces the whole string.
    if rules.starts_with(b"SUITEB128ONLY") || rules.starts_with(b"SUITEB192") {
        let name = if rules.starts_with(b"SUITEB192") {
            "ECDHE-ECDSA-AES256-GCM-SHA384"
        } else {
            "ECDHE-ECDSA-AES128-GCM-SHA256"
        };
        rules = name.as_bytes();
    } else if rules.starts_with(b"SUITEB128C2") {
        rules = b"ECDHE-ECDSA-AES256-GCM-SHA384";
    } else if rules.starts_with(b"SUITEB128") {
        rules = b"ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384";
    }
    let mut order = initial_order(&CIPHERS);
    if let Some(rest) = rules.strip_prefix(b"DEFAULT") {
        process(DEFAULT_RULES.as_bytes(), &mut order)?;
        rules = rest.strip_prefix(b":").unwrap_or(rest);
    }
    if !rules.is_empty() {
        process(rules, &mut order)?;
    }
    Ok(order.active_in_order())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(rules: &str) -> Vec<&'static str> {
        evaluate(rules)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|s| s.openssl_name)
            .collect()
    }

    #[test]
    fn explicit_names_and_removal() {
        assert_eq!(
            names("ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA"),
            ["ECDHE-RSA-AES128-GCM-SHA256", "AES128-SHA"]
        );
        assert_eq!(
            names("AES128-SHA:!AES128-SHA:AES128-SHA"),
            Vec::<&str>::new()
        );
        assert_eq!(names("AES128-SHA:-AES128-SHA:AES128-SHA"), ["AES128-SHA"]);
        assert_eq!(
            names("TLS_RSA_WITH_AES_128_CBC_SHA"),
            ["AES128-SHA"],
            "IANA names are accepted"
        );
        assert!(names("aes128-sha").is_empty(), "names are case-sensitive");
    }

    #[test]
    fn aliases_and_intersections() {
        let gcm = names("kECDHE+AESGCM");
        assert_eq!(gcm.len(), 4);
        assert!(
            gcm.iter()
                .all(|n| n.starts_with("ECDHE-") && n.contains("GCM"))
        );
        assert!(names("HIGH+MEDIUM").is_empty());
        assert!(names("ECDHE+aNULL").is_empty());
        assert!(names("ALL").iter().all(|n| !n.contains("NULL-")));
        assert!(
            names("HIGH:!aNULL:!MD5")
                .iter()
                .all(|n| !n.starts_with("ADH"))
        );
        assert!(names("RC4").iter().all(|n| n.contains("RC4")));
        assert!(!names("ALL:!aNULL").iter().any(|n| n.starts_with("EXP")));
    }

    #[test]
    fn special_commands_and_errors() {
        assert!(evaluate("HIGH:@STRENGTH").is_ok());
        assert!(evaluate("DEFAULT@SECLEVEL=2").is_ok());
        assert!(evaluate("HIGH:@SECLEVEL=9").is_err());
        assert!(evaluate("HIGH:@FOO").is_err());
        assert!(evaluate("HIGH:(x)").is_err());
        assert_eq!(names("HIGH:!aNULL:foo(bar)"), names("HIGH:!aNULL"));
        assert_eq!(names("DEFAULTxyz"), names("DEFAULT"));
        assert_eq!(
            names("SUITEB128"),
            [
                "ECDHE-ECDSA-AES128-GCM-SHA256",
                "ECDHE-ECDSA-AES256-GCM-SHA384"
            ]
        );
    }
}
