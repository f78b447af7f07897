#include "ZhizaoBuildInfo.h"

#ifndef ZHIZAO_COMMIT
#define ZHIZAO_COMMIT ""
#endif

const char *zhizao_build_commit(void) {
    return ZHIZAO_COMMIT;
}
