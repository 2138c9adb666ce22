import logging
import os

log = logging.getLogger(__name__)

USE_SHA1 = False
AES_HELPER_MODULE = "billing.aes_helper"
HASH_ALGORITHM_LABEL = "sha256"


def check_settings() -> None:
    if USE_SHA1:
        log.error("falling back to MD5 is not allowed")
    key = os.environ.get("APP_KEY", "")
    if len(key) < 32:
        log.warning("APP_KEY should be at least 32 characters for AES-256")
