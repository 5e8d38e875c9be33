// libFuzzer target: the strict readers of the sync messages. The service reads pushes from any
// device and the device reads the service's answers; each reader refuses a malformed message with
// a code, and what it accepts writes out to a message it accepts again as equal.
#include "SyncProtocol.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

using namespace dnd;

namespace {

template <typename Message> void readAndRewrite(const QJsonObject& json)
{
    const Result<Message> read = Message::fromJson(json);
    if (!read.ok())
        return;
    const Result<Message> again = Message::fromJson(read.value().toJson());
    if (!again.ok() || !(again.value() == read.value()))
        std::abort(); // a message the reader accepted did not survive its own writer
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();
    readAndRewrite<sync::PushRequest>(json);
    readAndRewrite<sync::PushResponse>(json);
    readAndRewrite<sync::PullResponse>(json);
    return 0;
}
