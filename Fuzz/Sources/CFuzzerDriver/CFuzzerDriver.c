// The declaration in include/ is all this target provides.
#include "CFuzzerDriver.h"
