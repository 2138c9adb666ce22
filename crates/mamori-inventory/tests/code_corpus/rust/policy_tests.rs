#[cfg(test)]
mod tests {
    use crate::policy::Policy;

    #[test]
    fn rejects_md5() {
        assert!(!Policy::default().allows("md5"));
    }

    #[test]
    fn rejects_sha1_signatures() {
        assert!(!Policy::default().allows("sha1WithRSAEncryption"));
    }

    #[test]
    fn accepts_aes_gcm() {
        assert!(Policy::default().allows("AES-256-GCM"));
    }
}
