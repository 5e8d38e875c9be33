#pragma once

#include "http/ApiTypes.h"

#include <optional>

namespace dnd::server {

// What an account may do before its email address is confirmed: sign in, sync and keep its data
// like any other; but not buy a plan or hand out share links, which reach other people and money.
// Answers EMAIL_NOT_VERIFIED (403) naming what waits, or nothing when the address is confirmed.
std::optional<ApiReply> refuseUnverified(const AuthUser& user, const QString& action);

} // namespace dnd::server
