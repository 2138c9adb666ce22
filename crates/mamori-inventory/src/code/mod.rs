//! Source-code and configuration cryptography discovery.
//!
//! Source files are tokenized (comments dropped, string literals decoded) and rules match API
//! calls, types and constants on the token stream, so a name in a comment, a log message or an
//! unrelated identifier never matches. Configuration files are read by one small parser per
//! format in [`config`].

mod c_family;
pub mod config;
mod csharp;
mod engine;
mod go;
mod imports;
mod java;
mod javascript;
mod lexer;
mod python;
mod rust_lang;
mod tree;

pub use tree::{CodeScanOptions, CodeScanReport, CodeScanStats, scan_code_paths};

use mamori_model::{CodeFinding, Language};

/// Largest source or configuration file read; generated sources beyond this are not worth the
/// time and hand-written ones never get there.
pub const MAX_SOURCE_BYTES: usize = 8 * 1024 * 1024;

/// The language a file is written in, from its name, or for configuration files without a
/// telling name, from its content.
pub fn detect_language(path: &str, data: &[u8]) -> Option<Language> {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    let lang = match ext.as_deref() {
        Some("java") => Language::Java,
        Some("kt" | "kts") => Language::Kotlin,
        Some("py" | "pyw") => Language::Python,
        Some("go") => Language::Go,
        Some("c" | "h") => Language::C,
        Some("cc" | "cpp" | "cxx" | "c++" | "hpp" | "hh" | "hxx" | "h++" | "ipp") => Language::Cpp,
        Some("js" | "mjs" | "cjs" | "jsx") => Language::JavaScript,
        Some("ts" | "mts" | "cts" | "tsx") => Language::TypeScript,
        Some("rs") => Language::Rust,
        Some("cs") => Language::CSharp,
        _ => return config::detect(path, data),
    };
    Some(lang)
}

/// Every use of cryptography in `data`, read as `language`. Locations carry the line and an
/// empty path, which the caller fills in.
pub fn scan_source(language: Language, data: &[u8]) -> Vec<CodeFinding> {
    let year = u16::try_from(time::OffsetDateTime::now_utc().year()).unwrap_or(2030);
    scan_source_in(language, data, year)
}

/// [`scan_source`], judging statuses as of `year`.
pub fn scan_source_in(language: Language, data: &[u8], year: u16) -> Vec<CodeFinding> {
    if data.len() > MAX_SOURCE_BYTES {
        return Vec::new();
    }
    let rules = match language {
        Language::Java | Language::Kotlin => &java::RULES,
        Language::Python => &python::RULES,
        Language::Go => &go::RULES,
        Language::C | Language::Cpp => &c_family::RULES,
        Language::JavaScript | Language::TypeScript => &javascript::RULES,
        Language::Rust => &rust_lang::RULES,
        Language::CSharp => &csharp::RULES,
        _ if language.is_config() => {
            let mut f = config::scan(language, data);
            for x in &mut f {
                x.compute_status(year);
            }
            return f;
        }
        _ => return Vec::new(),
    };
    engine::run(language, data, rules, year)
}

/// `line subject [weaknesses]` for each finding of `src` read as `lang` in 2026: the form the
/// rule tables' tests compare against.
#[cfg(test)]
pub(crate) fn described(lang: Language, src: &str) -> Vec<String> {
    scan_source_in(lang, src.as_bytes(), 2026)
        .iter()
        .map(|f| {
            let w: Vec<&str> = f.weaknesses.iter().map(|w| w.kind.as_str()).collect();
            format!(
                "{} {} [{}]",
                f.location.line.unwrap_or(0),
                f.subject(),
                w.join(",")
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    //! One positive and one negative case per rule group of the Java, Kotlin, Python and Go
    //! tables (the C, JavaScript, Rust and C# files carry their own).
    use super::*;

    fn subjects(lang: Language, src: &str) -> Vec<String> {
        scan_source_in(lang, src.as_bytes(), 2026)
            .iter()
            .map(|f| {
                let w: Vec<&str> = f.weaknesses.iter().map(|w| w.kind.as_str()).collect();
                if w.is_empty() {
                    f.subject()
                } else {
                    format!("{} [{}]", f.subject(), w.join(","))
                }
            })
            .collect()
    }

    #[track_caller]
    fn pos(lang: Language, src: &str, expected: &[&str]) {
        assert_eq!(subjects(lang, src), expected, "{src}");
    }

    #[track_caller]
    fn neg(lang: Language, src: &str) {
        assert_eq!(subjects(lang, src), Vec::<String>::new(), "{src}");
    }

    #[test]
    fn java_rules() {
        use Language::Java;
        pos(
            Java,
            "socket.setEnabledProtocols(new String[] {\"TLSv1.3\", \"TLSv1.2\"});",
            &["TLS 1.3", "TLS 1.2"],
        );
        neg(
            Java,
            "table.setEnabledProtocols(new String[] {\"http\", \"ftp\"});",
        );
        pos(
            Java,
            "System.setProperty(\"jdk.tls.client.protocols\", \"TLSv1,TLSv1.2\");",
            &["TLS 1.0 [deprecated-protocol]", "TLS 1.2"],
        );
        pos(
            Java,
            r#"Cipher c = Cipher.getInstance("AES/GCM/NoPadding");"#,
            &["AES-GCM"],
        );
        pos(
            Java,
            r#"Cipher c = Cipher.getInstance("AES");"#,
            &["AES-ECB [ecb-mode]"],
        );
        pos(
            Java,
            r#"Cipher c = Cipher.getInstance("RSA/ECB/PKCS1Padding");"#,
            &["RSA [pkcs1v15-encryption]"],
        );
        pos(
            Java,
            "static final String T = \"DES/CBC/PKCS5Padding\";\nCipher c = Cipher.getInstance(T);",
            &["DES-CBC"],
        );
        neg(
            Java,
            "// Cipher.getInstance(\"DES\")\nlog.info(\"Cipher.getInstance(DES) refused\");",
        );
        neg(
            Java,
            "import com.game.Cipher;\nCipher c = Cipher.getInstance(\"AES\");",
        );
        pos(
            Java,
            "KeyPairGenerator g = KeyPairGenerator.getInstance(\"RSA\");\ng.initialize(1024);",
            &["RSA-1024 [short-key]"],
        );
        pos(
            Java,
            "KeyPairGenerator g = KeyPairGenerator.getInstance(\"EC\");\ng.initialize(new ECGenParameterSpec(\"secp384r1\"));",
            &["EC-P-384"],
        );
        neg(
            Java,
            "Generator g = Generators.getInstance(\"RSA\");\ng.initialize(1024);",
        );
        pos(
            Java,
            r#"MessageDigest d = MessageDigest.getInstance("SHA-1");"#,
            &["SHA-1"],
        );
        pos(
            Java,
            r#"Mac m = Mac.getInstance("HmacSHA256");"#,
            &["HMAC-SHA256"],
        );
        pos(
            Java,
            r#"Signature s = Signature.getInstance("SHA1withRSA");"#,
            &["SHA1withRSA [weak-hash-signature]"],
        );
        neg(
            Java,
            r#"String md5Checksum = checksums.get("MD5"); Signature sig = pdf.signature();"#,
        );
        pos(
            Java,
            "SecretKeyFactory f = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA1\");\nnew PBEKeySpec(pw, salt, 1000, 256);",
            &["PBKDF2 [weak-hash-password,low-iteration-count]"],
        );
        pos(
            Java,
            "byte[] k = \"0123456789abcdef\".getBytes();\nnew SecretKeySpec(k, \"AES\");",
            &["secret-key [hardcoded-key]"],
        );
        neg(
            Java,
            "byte[] iv = new byte[16];\nrandom.nextBytes(iv);\nnew IvParameterSpec(iv);",
        );
        pos(
            Java,
            r#"SSLContext c = SSLContext.getInstance("TLSv1.1");"#,
            &["TLS 1.1 [deprecated-protocol]"],
        );
        neg(Java, r#"SSLContext c = SSLContext.getInstance("TLS");"#);
        pos(
            Java,
            "BlockCipher c = new CBCBlockCipher(new AESEngine());",
            &["AES-CBC"],
        );
        pos(
            Java,
            "Mac m = new HMac(new SHA256Digest());",
            &["HMAC-SHA256"],
        );
        neg(
            Java,
            "Engine e = new GameEngine(); Digest d = new EmailDigest();",
        );
    }

    #[test]
    fn kotlin_rules() {
        use Language::Kotlin;
        pos(
            Kotlin,
            "val g = KeyPairGenerator.getInstance(\"RSA\").apply {\n  initialize(1024)\n}",
            &["RSA-1024 [short-key]"],
        );
        pos(
            Kotlin,
            "val spec = SecretKeySpec(\"k3y-k3y-k3y-k3y!\".toByteArray(), \"AES\")",
            &["secret-key [hardcoded-key]"],
        );
        neg(
            Kotlin,
            "/* val g = KeyPairGenerator.getInstance(\"RSA\") */ val s = \"\"\"MessageDigest.getInstance(\"MD5\")\"\"\"",
        );
    }

    #[test]
    fn python_rules() {
        use Language::Python;
        pos(Python, "import hashlib\nh = hashlib.md5(data)", &["MD5"]);
        pos(
            Python,
            "import hashlib\nh = hashlib.new('sha1')",
            &["SHA-1"],
        );
        neg(
            Python,
            "# hashlib.md5(data)\nprint('hashlib.md5 is banned')\nmd5_sum = compute()",
        );
        pos(
            Python,
            "import hmac, hashlib\nhmac.new(key, msg, hashlib.sha256)",
            &["HMAC-SHA256"],
        );
        pos(
            Python,
            "import hashlib\nhashlib.pbkdf2_hmac('sha1', pw, b'salt', 1000)",
            &[
                "PBKDF2 [weak-hash-password,low-iteration-count]",
                "salt [static-salt]",
            ],
        );
        pos(
            Python,
            "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nc = Cipher(algorithms.AES(key), modes.ECB())",
            &["AES-ECB [ecb-mode]"],
        );
        neg(Python, "from game import Cipher\nc = Cipher(level=3)");
        pos(
            Python,
            "from cryptography.hazmat.primitives.asymmetric import rsa\nk = rsa.generate_private_key(public_exponent=65537, key_size=1024)",
            &["RSA-1024 [short-key]"],
        );
        pos(
            Python,
            "from cryptography.hazmat.primitives.asymmetric import ec\nk = ec.generate_private_key(ec.SECP256R1())",
            &["EC-P-256"],
        );
        pos(
            Python,
            "from cryptography.hazmat.primitives.asymmetric import padding\npub.encrypt(m, padding.PKCS1v15())",
            &["RSA [pkcs1v15-encryption]"],
        );
        neg(
            Python,
            "from cryptography.hazmat.primitives.asymmetric import padding\nkey.sign(m, padding.PKCS1v15(), h)",
        );
        pos(
            Python,
            "from Crypto.Cipher import AES\nc = AES.new(KEY, AES.MODE_CBC, iv=b'0123456789abcdef')\nKEY = b'sixteen byte key'",
            &[
                "AES-CBC",
                "secret-key [hardcoded-key]",
                "initialization-vector [static-iv]",
            ],
        );
        pos(
            Python,
            "from Cryptodome.PublicKey import RSA\nk = RSA.generate(1024)",
            &["RSA-1024 [short-key]"],
        );
        pos(
            Python,
            "import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)",
            &["TLS 1.0 [deprecated-protocol]"],
        );
        neg(Python, "import ssl\nctx = ssl.create_default_context()");
        pos(
            Python,
            "import jwt\njwt.decode(t, k, algorithms=['RS256', 'HS256'])",
            &["SHA256withRSA", "HMAC-SHA256"],
        );
        pos(
            Python,
            "import paramiko\nk = paramiko.RSAKey.generate(bits=4096)",
            &["RSA-4096"],
        );
    }

    #[test]
    fn go_rules() {
        use Language::Go;
        pos(
            Go,
            "import \"crypto/md5\"\nfunc f() { md5.Sum(b) }",
            &["MD5"],
        );
        neg(Go, "import \"example.com/md5\"\nfunc f() { md5.Sum(b) }");
        neg(
            Go,
            "func f() { md5.Sum(b) } // crypto/md5 is not imported: a local package",
        );
        pos(
            Go,
            "import (\n\"crypto/aes\"\n\"crypto/cipher\"\n)\nfunc f() {\nb, _ := aes.NewCipher(k)\ng, _ := cipher.NewGCM(b)\n}",
            &["AES", "AES-GCM"],
        );
        neg(
            Go,
            "import \"crypto/cipher\"\nfunc f(b cipher.Block) { cipher.NewGCM(b) }",
        );
        pos(
            Go,
            "import (\n\"crypto/hmac\"\n\"crypto/sha1\"\n)\nvar m = hmac.New(sha1.New, []byte(\"s3cr3t\"))",
            &["HMAC-SHA1", "secret-key [hardcoded-key]"],
        );
        pos(
            Go,
            "import \"crypto/rsa\"\nk, _ := rsa.GenerateKey(rand.Reader, 2048)",
            &["RSA-2048"],
        );
        pos(
            Go,
            "import (\n\"crypto/ecdsa\"\n\"crypto/elliptic\"\n)\nk, _ := ecdsa.GenerateKey(elliptic.P384(), r)",
            &["EC-P-384"],
        );
        pos(
            Go,
            "import (\n\"crypto/sha1\"\n\"golang.org/x/crypto/pbkdf2\"\n)\nk := pbkdf2.Key(pw, salt, 4096, 32, sha1.New)",
            &["PBKDF2 [weak-hash-password,low-iteration-count]"],
        );
        pos(
            Go,
            "import \"crypto/tls\"\nc := &tls.Config{MinVersion: tls.VersionTLS10, CurvePreferences: []tls.CurveID{tls.X25519MLKEM768}}",
            &["TLS 1.0 [deprecated-protocol]", "X25519MLKEM768"],
        );
        pos(
            Go,
            "import \"crypto/x509\"\nt := x509.Certificate{SignatureAlgorithm: x509.SHA1WithRSA}",
            &["SHA1withRSA [weak-hash-signature]"],
        );
        pos(
            Go,
            "import \"crypto/mlkem\"\ndk, _ := mlkem.GenerateKey768()",
            &["ML-KEM-768"],
        );
    }
}
