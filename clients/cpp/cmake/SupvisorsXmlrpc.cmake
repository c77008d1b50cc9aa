# Defines supvisors_client::xmlrpc: xmlrpc-c's C++ client library (libxmlrpc_client++) with its curl
# transport, found by CMake's FindXMLRPC through xmlrpc-c-config (components `c++2 client`).
# Included by the build and by the installed package config, so users get the same link line.
if(NOT TARGET supvisors_client::xmlrpc)
  find_package(XMLRPC REQUIRED c++2 client)
  add_library(supvisors_client::xmlrpc INTERFACE IMPORTED)
  set_target_properties(supvisors_client::xmlrpc PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${XMLRPC_INCLUDE_DIRS}"
    INTERFACE_LINK_LIBRARIES "${XMLRPC_LIBRARIES}")
endif()
