#pragma once

#include "CredentialStore.h"

#include <QSignalSpy>
#include <QTest>
#include <optional>

// Runs one asynchronous keychain call to its answer, as the application's event loop would.
namespace dnd::test {

template <typename Answer, typename Call> std::optional<Answer> waitForKeychain(Call call)
{
    std::optional<Answer> answer;
    call([&answer](Answer a) { answer = std::move(a); });
    // The keychain answers over D-Bus; generous, since a cold keyring daemon may start first.
    // No answer in time reads as std::nullopt.
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        return std::nullopt;
    return answer;
}

} // namespace dnd::test
