// Header-only module; this file exists because SwiftPM needs a source file in a C target.
#include "CFuzzerDriver.h"
