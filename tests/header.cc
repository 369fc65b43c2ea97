// The public header must compile as C++ and link-free symbols must be usable.
#include "newsgraph.h"

int main()
{
    ng_error err{};
    (void)err;
    return NG_OK;
}
