# supvisors_pkg_config(<output>): writes supvisors_client.pc for `pkg-config --cflags --libs supvisors_client`.
# The file is relocatable: its prefix is ${pcfiledir}/.. up to the install prefix, so `cmake --install
# --prefix DIR` and an unpacked archive both work. xmlrpc-c ships no .pc file: its flags are taken
# from xmlrpc-c-config (what FindXMLRPC reads too) and listed in Libs, since the public headers use
# xmlrpc-c's types (a static or a shared libsupvisors_client alike). libzmq (the event stream) is
# a Requires: a static library needs it at link time.
function(supvisors_pkg_config output)
  find_program(SUPVISORS_XMLRPC_C_CONFIG xmlrpc-c-config)
  foreach(what libs cflags)
    execute_process(COMMAND ${SUPVISORS_XMLRPC_C_CONFIG} c++2 client --${what}
      OUTPUT_VARIABLE xmlrpc_${what} RESULT_VARIABLE failed OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(failed OR NOT SUPVISORS_XMLRPC_C_CONFIG)
      message(FATAL_ERROR "xmlrpc-c-config c++2 client --${what} failed: is libxmlrpc-c++8-dev installed?")
    endif()
  endforeach()
  string(REGEX REPLACE "[ \t\r\n]+" " " SUPVISORS_PC_XMLRPC_LIBS "${xmlrpc_libs}")
  string(REGEX REPLACE "[ \t\r\n]+" " " SUPVISORS_PC_XMLRPC_CFLAGS "${xmlrpc_cflags}")
  if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
    set(SUPVISORS_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  else()
    file(RELATIVE_PATH up "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
    string(REGEX REPLACE "/$" "" up "${up}")
    set(SUPVISORS_PC_PREFIX "\${pcfiledir}/${up}")
  endif()
  foreach(dir LIBDIR INCLUDEDIR)
    if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
      set(SUPVISORS_PC_${dir} "${CMAKE_INSTALL_${dir}}")
    else()
      set(SUPVISORS_PC_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
    endif()
  endforeach()
  configure_file("${PROJECT_SOURCE_DIR}/cmake/supvisors_client.pc.in" "${output}" @ONLY)
endfunction()
