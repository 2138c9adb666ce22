#include <gtest/gtest.h>
#include "CipherRegistry.h"

// The registry maps user-facing names to internal ids; it does not encrypt.
TEST(CipherRegistry, RejectsRc4AndDes) {
    CipherRegistry reg;
    EXPECT_FALSE(reg.isAllowed("rc4"));
    EXPECT_FALSE(reg.isAllowed("des-cbc"));
}

TEST(CipherRegistry, AcceptsAes256Gcm) {
    CipherRegistry reg;
    EXPECT_TRUE(reg.isAllowed("aes-256-gcm"));
}
