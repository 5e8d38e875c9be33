#pragma once

#include <QStringList>
#include <vector>

namespace dnd {

// The schema's history. Step N takes a database from user_version N-1 to N; steps are cumulative
// and never edited once released, only appended.
struct MigrationStep {
    int version;
    const char* summary;
    QStringList statements;
};

const std::vector<MigrationStep>& migrationSteps();
int latestSchemaVersion();

} // namespace dnd
