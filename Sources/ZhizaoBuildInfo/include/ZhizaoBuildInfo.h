#ifndef ZHIZAO_BUILD_INFO_H
#define ZHIZAO_BUILD_INFO_H

/// The abbreviated commit this binary was built from ("abc1234", "abc1234-dirty"), or "" when
/// the build did not say (a plain `swift build`; scripts/package.sh passes it).
const char *zhizao_build_commit(void);

#endif
