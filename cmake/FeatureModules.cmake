# Feature modules: features with heavy Qt modules (Quick, WebEngine, Multimedia) live in plugins that the tray app
# loads on first use (ui/app/FeatureModule.h), so they cost nothing at start-up.
#
# ttc_add_feature_module(NAME <name> ENTRY <plugin source> [SOURCES <files...>] [LIBS <targets...>] [NO_INSTALL])
#   ttc_<name>_impl  static library of SOURCES (position independent). It sees the headers of ttc_core and ttc_ui but
#                    does not link them: tests link it with ttc_ui and ttc_core, the plugin gets them from the
#                    executable.
#   ttc-<name>       the plugin (ENTRY + the whole impl library), built into lib/tooltip-companion and installed into
#                    ${CMAKE_INSTALL_LIBDIR}/tooltip-companion. Its undefined core/ui symbols resolve against the
#                    tooltip-companion executable, which exports them.
set(TTC_MODULE_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/tooltip-companion")
set(TTC_MODULE_BUILD_DIR "${CMAKE_BINARY_DIR}/lib/tooltip-companion")
file(RELATIVE_PATH TTC_MODULE_RELDIR "${CMAKE_INSTALL_FULL_BINDIR}"
     "${CMAKE_INSTALL_PREFIX}/${TTC_MODULE_INSTALL_DIR}")

# Built by `all`; the app's tests depend on it so that the executable they start finds its modules.
if(NOT TARGET tooltip-companion-modules)
    add_custom_target(tooltip-companion-modules ALL)
endif()

function(ttc_add_feature_module)
    cmake_parse_arguments(M "NO_INSTALL" "NAME;ENTRY" "SOURCES;LIBS" ${ARGN})
    if(NOT M_NAME OR NOT M_ENTRY)
        message(FATAL_ERROR "ttc_add_feature_module needs NAME and ENTRY")
    endif()
    set(impl ttc_${M_NAME}_impl)
    set(plugin ttc-${M_NAME})

    if(M_SOURCES)
        add_library(${impl} STATIC ${M_SOURCES})
        set_target_properties(${impl} PROPERTIES POSITION_INDEPENDENT_CODE ON)
        target_include_directories(${impl} PUBLIC
            ${CMAKE_CURRENT_SOURCE_DIR}
            $<TARGET_PROPERTY:ttc_core,INTERFACE_INCLUDE_DIRECTORIES>
            $<TARGET_PROPERTY:ttc_ui,INTERFACE_INCLUDE_DIRECTORIES>)
        target_link_libraries(${impl} PUBLIC ttc_project_options Qt6::Core Qt6::Network Qt6::Sql Qt6::Gui Qt6::Widgets
                                             ${M_LIBS})
        set(impl_link "$<LINK_LIBRARY:WHOLE_ARCHIVE,${impl}>")
    else()
        set(impl_link ttc_project_options Qt6::Core Qt6::Gui Qt6::Widgets ${M_LIBS})
    endif()

    add_library(${plugin} MODULE ${M_ENTRY})
    set_target_properties(${plugin} PROPERTIES
        PREFIX ""
        LIBRARY_OUTPUT_DIRECTORY "${TTC_MODULE_BUILD_DIR}"
        POSITION_INDEPENDENT_CODE ON)
    # Linking the executable gives macOS its -bundle_loader and Windows its import library; on ELF the symbols
    # simply resolve at load time.
    target_link_libraries(${plugin} PRIVATE ttc_project_options ${impl_link} tooltip-companion)
    target_include_directories(${plugin} PRIVATE
        $<TARGET_PROPERTY:ttc_core,INTERFACE_INCLUDE_DIRECTORIES>
        $<TARGET_PROPERTY:ttc_ui,INTERFACE_INCLUDE_DIRECTORIES>)
    if(NOT M_NO_INSTALL)
        install(TARGETS ${plugin} LIBRARY DESTINATION "${TTC_MODULE_INSTALL_DIR}" COMPONENT app)
    endif()
    add_dependencies(tooltip-companion-modules ${plugin})
endfunction()

# Makes `exe` export every symbol of ttc_core and ttc_ui for the plugins, including those it does not use itself.
function(ttc_export_for_feature_modules exe)
    set_target_properties(${exe} PROPERTIES ENABLE_EXPORTS ON)
    if(APPLE)
        target_link_options(${exe} PRIVATE "LINKER:-force_load,$<TARGET_FILE:ttc_core>"
                                           "LINKER:-force_load,$<TARGET_FILE:ttc_ui>")
    elseif(MSVC)
        set_target_properties(${exe} PROPERTIES WINDOWS_EXPORT_ALL_SYMBOLS ON)
        target_link_options(${exe} PRIVATE "/WHOLEARCHIVE:$<TARGET_FILE:ttc_core>"
                                           "/WHOLEARCHIVE:$<TARGET_FILE:ttc_ui>")
    else()
        target_link_options(${exe} PRIVATE "LINKER:--whole-archive" "$<TARGET_FILE:ttc_core>"
                                           "$<TARGET_FILE:ttc_ui>" "LINKER:--no-whole-archive")
    endif()
    add_dependencies(${exe} ttc_core ttc_ui)
endfunction()
