#include <gtest/gtest.h>

#include "policy.h"

TEST(CryptoPolicy, RejectsSha1) {
    Policy policy = Policy::Default();
    EXPECT_FALSE(policy.Allows("SHA1"));
    EXPECT_FALSE(policy.Allows("sha1WithRSAEncryption"));
}

TEST(CryptoPolicy, AcceptsAesGcm) {
    EXPECT_TRUE(Policy::Default().Allows("aes-256-gcm"));
}
