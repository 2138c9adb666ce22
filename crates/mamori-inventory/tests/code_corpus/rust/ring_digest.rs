use ring::digest;

/// Old manifests are addressed by SHA-1; ring calls it "for legacy use only".
pub fn legacy_manifest_id(data: &[u8]) -> Vec<u8> {
    digest::digest(&digest::SHA1_FOR_LEGACY_USE_ONLY, data).as_ref().to_vec()
}

pub fn manifest_id(data: &[u8]) -> Vec<u8> {
    digest::digest(&digest::SHA256, data).as_ref().to_vec()
}
