#pragma once

#include <openssl/crypto.h>

namespace dnd::server {

// OpenSSL keeps random generators and an error queue per thread and frees them when the thread
// ends. Qt's threads are detached: a pool thread ends after QThreadPool::waitForDone() has
// returned, so at shutdown that can happen after the process has already checked or released its
// memory (LeakSanitizer saw the error queue leak). A task that used OpenSSL on a pool thread
// frees them itself, last.
inline void releaseOpenSslThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace dnd::server
